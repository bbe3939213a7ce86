import ArgumentParser

/// `gluetop config`: the config file's commands (for now, `check`).
public struct ConfigCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Work with the config file (profiles, secrets, keymap).",
        subcommands: [ConfigCheckCommand.self])

    public init() {}

    public func run() async throws {
        throw CleanExit.helpRequest(self)
    }
}
