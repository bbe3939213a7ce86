import ArgumentParser
import Foundation
import GlueApp
import GlueScript
import HotglueAPI

/// `gluetop`: the root has no options of its own (ArgumentParser would hand a root's options the subcommands'
/// same-named ones); the dashboard is its default subcommand, so `gluetop --demo` opens it. The script commands
/// (GlueScript) sit next to it.
struct GluetopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gluetop",
        abstract: "A terminal dashboard and script commands for operating Hotglue integrations.",
        discussion: """
            Without a command the dashboard opens (gluetop --demo tries it on a built-in emulator).

            Script commands print tables on a terminal and JSON when piped (-o table|json|yaml), and exit 0 ok, \
            1 API error, 2 usage or config error, 3 not found, 4 conflict or refused, 5 timed out.
            """,
        version: "0.1.0",
        subcommands: [DashboardCommand.self, EmulatorCommand.self, MCPCommand.self, RelayCommand.self] + ScriptCommands.all + [ManualCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}

/// `gluetop man`: the man page (mdoc), made from this command tree's help, for packaging:
/// `gluetop man > gluetop.1`. Hidden: it is for installers, not operators.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man", abstract: "Print the man page (mdoc) for gluetop.", shouldDisplay: false)

    func run() throws {
        FileHandle.standardOutput.write(Data(ManualPage.render(GluetopCommand.self).utf8))
    }
}
