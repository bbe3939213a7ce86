import Glibc

/// The environment variables the terminal layer decides by, as plain values, so that detection stays a pure
/// function that tests can feed any combination.
public struct TerminalEnvironment: Hashable, Sendable {
    public var variables: [String: String]

    public init(_ variables: [String: String] = [:]) {
        self.variables = variables
    }

    public subscript(name: String) -> String? {
        variables[name]
    }

    /// Names read from the process environment by `current()`.
    static let relevantNames = [
        "TERM", "COLORTERM", "NO_COLOR", "TMUX", "STY", "TERM_PROGRAM", "KITTY_WINDOW_ID", "WEZTERM_PANE",
    ]

    /// The relevant variables of this process, read once (getenv is only safe while no one calls setenv).
    public static func current() -> TerminalEnvironment {
        var variables: [String: String] = [:]
        for name in relevantNames {
            if let value = getenv(name) {
                variables[name] = String(cString: value)
            }
        }
        return TerminalEnvironment(variables)
    }
}
