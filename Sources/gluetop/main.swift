import ArgumentParser
import GlueApp
import GlueTerminal

// Before anything else, and before any thread exists: block SIGWINCH (threads inherit the mask, and only the
// dashboard's ppoll lets it through) and set the locale.
TerminalProcess.prepare()

/// Hands a parsed command to the task that runs it; the main thread waits and never touches it meanwhile.
struct CommandHandoff: @unchecked Sendable {
    var command: any AsyncParsableCommand
}

do {
    var command = try GluetopCommand.parseAsRoot()
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
    GluetopCommand.exit(withError: error)
}
