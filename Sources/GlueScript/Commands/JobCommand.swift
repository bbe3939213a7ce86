import ArgumentParser

/// `gluetop job run|watch`.
public struct JobCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "job", abstract: "Run a job, or follow one to its end.",
        subcommands: [JobRunCommand.self, JobWatchCommand.self])

    public init() {}
}
