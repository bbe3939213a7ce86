import ArgumentParser

/// The script commands, for `GluetopCommand` to register next to the dashboard, and a root of their own so tests
/// (and `ScriptRunner`) parse exactly what the binary parses.
public struct ScriptCommands: ParsableCommand {
    public static let all: [any ParsableCommand.Type] = [
        TenantsCommand.self, ConnectorsCommand.self, AvailableCommand.self, SupportedCommand.self,
        DiscoverCommand.self, StateCommand.self, JobsCommand.self, JobCommand.self, ConfigCommand.self,
        JournalCommand.self, PulseCommand.self,
    ]

    public static let configuration = CommandConfiguration(
        commandName: "gluetop",
        abstract: "Script commands for Hotglue integrations.",
        subcommands: all
    )

    public init() {}
}

/// The exit codes, said once for every command's help.
let exitCodesHelp = """
    Exit codes: 0 ok, 1 API error, 2 usage or config error, 3 not found, 4 conflict or refused, 5 timed out.

    Connection: --profile NAME from the config file, or --base-url, --env and --flow with HOTGLUE_API_KEY set.
    """
