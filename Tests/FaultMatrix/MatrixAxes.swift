/// The rows of the fault matrix: every change an operator makes from the dashboard.
public enum MatrixAction: String, CaseIterable, Sendable {
    case link
    case update
    case unlink
    case discover
    case stateEdit = "state edit (e)"
    case reset = "reset (X)"
    case undo = "undo (z)"
    case runJob = "run job (r)"
}

/// The columns: what the API (or the operator's machine) does to the change on its way.
public enum MatrixFault: String, CaseIterable, Sendable {
    case rateLimitStorm = "429 storm, Retry-After"
    case serverErrorBurst = "5xx burst"
    case droppedAfterSending = "dropped after sent"
    case slowThenQuit = "5 s latency + q"
    case truncatedBody = "truncated body"
    case htmlBody = "HTML body"
    case changedMeanwhile = "changed meanwhile"
    case editorKilled = "editor killed"
    case terminatedDuringWrite = "SIGTERM in the write"
    case hungUpDuringWrite = "SIGHUP in the write"

    /// Where the cell runs: the session against an in-process emulator, or the release binary in tmux.
    public var level: MatrixLevel {
        switch self {
        case .rateLimitStorm, .serverErrorBurst, .droppedAfterSending, .truncatedBody, .htmlBody, .changedMeanwhile:
            return .session
        case .slowThenQuit, .editorKilled, .terminatedDuringWrite, .hungUpDuringWrite:
            return .terminal
        }
    }

    /// Faults that hit the first try and go away: a success under them means the client tried again.
    public var passesOnRetry: Bool {
        switch self {
        case .rateLimitStorm, .serverErrorBurst, .droppedAfterSending, .truncatedBody, .htmlBody: return true
        default: return false
        }
    }
}

public enum MatrixLevel: String, Sendable {
    /// `DashboardSession` with the real HTTP client against the emulator in the test process.
    case session
    /// The release binary in tmux against an emulator process: signals, `q`, `$EDITOR`, the terminal.
    case terminal
}
