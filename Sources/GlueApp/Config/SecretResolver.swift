import Foundation
import Glibc
import HotglueAPI

/// Reads secrets from their sources when a client is made. Every failure names the profile, the field and the
/// source (variable, path, or the command's first word) and says what to do; none quotes a value.
public struct SecretResolver: Sendable {
    public var environment: [String: String]
    public var commandTimeout: Duration

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                commandTimeout: Duration = .seconds(30)) {
        self.environment = environment
        self.commandTimeout = commandTimeout
    }

    /// `field` is the config key (`api_key`, `tenant_signing_key`), for the message.
    public func resolve(_ source: SecretSource, profile: String, field: String) throws(SecretError) -> Secret {
        let subject = "profile \(profile): \(field)"
        switch source {
        case .environment(let name):
            guard let value = environment[name], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw SecretError("\(subject): environment variable \(name) is not set (or empty)")
            }
            return Secret(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case .file(let rawPath):
            return try readFile(PathExpansion.expand(rawPath, environment: environment), subject: subject)
        case .command(let command):
            return try runCommand(command, subject: subject)
        }
    }

    /// Like ssh with a private key: a file others can read is refused, with the command that fixes it.
    private func readFile(_ path: String, subject: String) throws(SecretError) -> Secret {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw SecretError("\(subject): cannot read \(path): \(String(cString: strerror(errno)))")
        }
        let mode = info.st_mode & 0o777
        if mode & 0o077 != 0 {
            throw SecretError("\(subject): \(path) is accessible by group or others (mode \(String(mode, radix: 8))): run chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw SecretError("\(subject): cannot read \(path) as UTF-8 text")
        }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw SecretError("\(subject): \(path) is empty") }
        return Secret(value)
    }

    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%g", value)
    }

    private func runCommand(_ command: String, subject: String) throws(SecretError) -> Secret {
        let program = SecretSource.firstWord(of: command)
        let output: SecretCommand.Output
        do {
            output = try SecretCommand.run(command, environment: environment, timeout: commandTimeout)
        } catch {
            throw SecretError("\(subject): command '\(program)' could not be started")
        }
        if output.timedOut {
            throw SecretError("\(subject): command '\(program)' did not finish within \(Self.seconds(commandTimeout)) s")
        }
        guard output.status == 0 else {
            throw SecretError("\(subject): command '\(program)' failed (exit status \(output.status))")
        }
        let value = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw SecretError("\(subject): command '\(program)' printed nothing") }
        return Secret(value)
    }
}
