/// Where a secret comes from, as the config file writes it: `env:VAR`, `file:PATH` or `command:CMD`. The value is
/// read when a client is made (`SecretResolver`), never when the config is loaded, so a locked password manager
/// does not stop `gluetop --help` and a rotated key is picked up by the next `:profile`.
public enum SecretSource: Hashable, Sendable, CustomStringConvertible {
    case environment(String)
    case file(String)
    /// Run with `/bin/sh -c`; its trimmed standard output is the secret.
    case command(String)

    /// Parses `env:VAR`, `file:PATH`, `command:CMD`; the error says what is accepted, not what was written
    /// (a pasted key in the wrong place must not end up in a message).
    public static func parse(_ text: String) -> Result<SecretSource, SecretSourceSyntaxError> {
        guard let colon = text.firstIndex(of: ":") else { return .failure(.noKind) }
        let kind = text[..<colon].trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        switch kind {
        case "env":
            guard !rest.isEmpty, rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                return .failure(.empty("env:", "an environment variable name"))
            }
            return .success(.environment(rest))
        case "file":
            guard !rest.isEmpty else { return .failure(.empty("file:", "a path")) }
            return .success(.file(rest))
        case "command":
            guard !rest.isEmpty else { return .failure(.empty("command:", "a shell command")) }
            return .success(.command(rest))
        default:
            return .failure(.noKind)
        }
    }

    /// Names the source without its secret: the variable, the path, or the command's first word.
    public var description: String {
        switch self {
        case .environment(let name): return "env:\(name)"
        case .file(let path): return "file:\(path)"
        case .command(let command): return "command:\(Self.firstWord(of: command))"
        }
    }

    /// The program a `command:` source runs, for messages that must not print the rest (it may hold a token).
    static func firstWord(of command: String) -> String {
        String(command.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? Substring(command))
    }
}

/// Why a secret source could not be parsed, in words that never repeat the text.
public enum SecretSourceSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    case noKind
    case empty(String, String)

    public var description: String {
        switch self {
        case .noKind:
            return "must be env:VAR, file:PATH or command:CMD (the key itself does not belong in the config file)"
        case .empty(let prefix, let what):
            return "\(prefix) needs \(what)"
        }
    }
}
