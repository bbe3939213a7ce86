import ArgumentParser

/// `gluetop job run|watch|log`.
public struct JobCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "job", abstract: "Run a job, follow one to its end, or print its log.",
        subcommands: [JobRunCommand.self, JobWatchCommand.self, JobLogCommand.self])

    public init() {}
}
