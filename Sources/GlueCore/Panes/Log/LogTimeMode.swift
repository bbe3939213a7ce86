/// `t` in the jobs pane: how the log's time column reads.
public enum LogTimeMode: String, Hashable, Sendable, CaseIterable {
    /// `12:03:44` (UTC), as the log has it.
    case absolute
    /// `+1:02` since the job started.
    case relative
    /// No time column: the text gets the room.
    case hidden

    public var next: LogTimeMode {
        switch self {
        case .absolute: return .relative
        case .relative: return .hidden
        case .hidden: return .absolute
        }
    }

    /// What the status line says after `t`.
    public var notice: String {
        switch self {
        case .absolute: return "log times: time of day (UTC)"
        case .relative: return "log times: since the job started"
        case .hidden: return "log times: hidden"
        }
    }
}
