import ArgumentParser
import Foundation
import GlueApp
import GlueScript
import GlueTerminal

// Before anything else, and before any thread exists: block SIGWINCH (threads inherit the mask, and only the
// dashboard's ppoll lets it through) and set the locale.
TerminalProcess.prepare()

/// Hands a parsed command to the task that runs it; the main thread waits and never touches it meanwhile.
struct CommandHandoff: @unchecked Sendable {
    var command: any AsyncParsableCommand
}

// Connection and output options given before the command go after its name, where its parser reads them.
let typed = Array(CommandLine.arguments.dropFirst())
let moved = LeadingOptions.reorder(typed, commands: GluetopCommand.configuration.subcommands)

do {
    var command = try GluetopCommand.parseAsRoot(moved?.arguments ?? typed)
    if let asyncCommand = command as? any AsyncParsableCommand {
        let handoff = CommandHandoff(command: asyncCommand)
        try runBlocking {
            var command = handoff.command
            try await command.run()
        }
    } else {
        try command.run()
    }
} catch {
    // Script commands end by throwing ExitCode(ScriptExit) after their one stderr line; exit(withError:) passes
    // that status on silently. Usage errors (ArgumentParser's EX_USAGE, 64) become one stderr line and
    // ScriptExit.usage (2).
    if GluetopCommand.exitCode(for: error) == .validationFailure {
        let message = GluetopCommand.message(for: error)
        let line = moved.flatMap { LeadingOptions.explain(message, $0) } ?? ScriptRunner.usageLine(message)
        FileHandle.standardError.write(Data("gluetop: \(line.split(whereSeparator: \.isNewline).joined(separator: " "))\n".utf8))
        exit(ScriptExit.usage.rawValue)
    }
    GluetopCommand.exit(withError: error)
}
