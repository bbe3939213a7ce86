import Glibc

/// Why the terminal could not be taken over. The descriptions are meant for the operator, as printed.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// stdin or stdout is a file or a pipe: a full-screen dashboard needs a terminal on both.
    case notATerminal(inputIsTerminal: Bool, outputIsTerminal: Bool)
    /// TERM is unset or empty.
    case terminalTypeNotSet
    /// No terminfo entry for this TERM.
    case unknownTerminalType(String)
    /// The terminfo entry exists but cannot position the cursor (e.g. `dumb`).
    case terminalCannotAddressCursor(String)
    /// A system call failed while setting up (errno).
    case systemCallFailed(String, errno: Int32)
    /// A program to run on the terminal (the editor) could not be started (errno from posix_spawn).
    case programFailedToStart(String, errno: Int32)

    public var description: String {
        switch self {
        case .notATerminal(let input, let output):
            let which = !input && !output ? "standard input and output are not terminals"
                : !input ? "standard input is not a terminal" : "standard output is not a terminal"
            return "gluetop needs a terminal, but \(which); run it in a terminal, "
                + "or use a script subcommand for pipes and files"
        case .terminalTypeNotSet:
            return "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
        case .unknownTerminalType(let name):
            return "unknown terminal type '\(name)' (from TERM): install its terminfo entry "
                + "or set TERM to a known type, e.g. TERM=xterm-256color"
        case .terminalCannotAddressCursor(let name):
            return "terminal type '\(name)' cannot move the cursor, which a full-screen dashboard needs; "
                + "set TERM to your terminal's real type, e.g. TERM=xterm-256color"
        case .systemCallFailed(let call, let code):
            return "\(call) failed while setting up the terminal: \(Self.reason(code))"
        case .programFailedToStart(let program, let code):
            return "could not run '\(program)': \(Self.reason(code)); check $VISUAL / $EDITOR"
        }
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}
