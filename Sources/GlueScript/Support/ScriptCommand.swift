import ArgumentParser
import HotglueModels

/// A script command: parsed by ArgumentParser, run against an injected `ScriptContext`, ending with a `ScriptExit`.
/// `run()` (what the `gluetop` binary calls) uses the process's own context and turns a failure into the exit
/// status, after one line on stderr.
public protocol ScriptCommand: AsyncParsableCommand {
    func execute(in context: ScriptContext) async throws
}

extension ScriptCommand {
    public func run() async throws {
        let exit = await ScriptRunner.execute(self, in: .process)
        if exit != .ok { throw ExitCode(exit.rawValue) }
    }
}

/// Runs script commands in-process: from an argument list (tests), or an already parsed command (the binary).
public enum ScriptRunner {
    /// Parses `arguments` as `gluetop <arguments>` for the script commands and runs the command. Usage errors
    /// print the parser's message (and usage) on stderr and give 2; `--help` prints on stdout and gives 0.
    public static func run(_ arguments: [String], in context: ScriptContext) async -> ScriptExit {
        let parsed: any ParsableCommand
        do {
            parsed = try ScriptCommands.parseAsRoot(arguments)
        } catch {
            return reportParseError(error, in: context)
        }
        guard let command = parsed as? any ScriptCommand else {
            // A group without its subcommand (`gluetop state`): its run() asks for help.
            var group = parsed
            do {
                try group.run()
                return .ok
            } catch {
                return reportParseError(error, in: context)
            }
        }
        return await execute(command, in: context)
    }

    /// Runs one parsed command and reports a failure on stderr in one line.
    public static func execute(_ command: some ScriptCommand, in context: ScriptContext) async -> ScriptExit {
        do {
            try await command.execute(in: context)
            return .ok
        } catch {
            let failure = failure(for: error)
            context.report(failure.message)
            return failure.exit
        }
    }

    static func failure(for error: any Error) -> ScriptFailure {
        switch error {
        case let failure as ScriptFailure: return failure
        case let apiError as APIError: return ScriptFailure(apiError)
        case let validation as ValidationError: return .usage(validation.message)
        case is CancellationError: return ScriptFailure(.apiError, "cancelled")
        default: return ScriptFailure(.apiError, String(describing: error))
        }
    }

    /// Help goes to stdout (exit 0); a usage error is one line on stderr like every other failure (exit 2).
    private static func reportParseError(_ error: any Error, in context: ScriptContext) -> ScriptExit {
        if ScriptCommands.exitCode(for: error) == .success {
            context.standardOutput.write(ScriptCommands.fullMessage(for: error) + "\n")
            return .ok
        }
        context.report(usageLine(ScriptCommands.message(for: error)))
        return .usage
    }

    /// ArgumentParser's message for a usage error, as the one stderr line (without its "Error: " prefix).
    public static func usageLine(_ message: String) -> String {
        let trimmed = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
        return trimmed + " (see --help)"
    }
}
