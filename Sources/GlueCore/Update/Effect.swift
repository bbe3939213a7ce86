/// Work that `update` asks for and the runtime performs. Values only: tests compare them.
public enum Effect: Hashable, Sendable {
    case quit
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    case suspendToShell
    /// Ctrl-L or resize: repaint every cell.
    case redrawAll
    /// `R`: run these subscriptions now instead of at their next interval.
    case refreshNow(Set<Subscription>)
}
