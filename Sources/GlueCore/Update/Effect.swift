/// Work that `update` asks for and the runtime performs. Values only: tests compare them.
public enum Effect: Hashable, Sendable {
    case quit
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    case suspendToShell
    /// Ctrl-L or resize: repaint every cell.
    case redrawAll
    /// `R`: run these subscriptions now instead of at their next interval.
    case refreshNow(Set<Subscription>)
    /// A call that changes something at Hotglue; its answer comes back as a message.
    case api(APIRequest)
}

/// The mutations `update` can ask for, as values.
public enum APIRequest: Hashable, Sendable {
    case triggerDiscover(ConnectorRef)
}
