import ArgumentParser
import Foundation
import GlueApp
import HotglueAPI

/// `gluetop`: the root has no options of its own (ArgumentParser would hand a root's options the subcommands'
/// same-named ones); the dashboard is its default subcommand, so `gluetop --demo` opens it.
struct GluetopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gluetop",
        abstract: "A terminal dashboard for operating Hotglue integrations.",
        version: "0.1.0",
        subcommands: [DashboardCommand.self, EmulatorCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
