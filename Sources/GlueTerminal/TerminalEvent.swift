import GlueCore

/// What the main loop wakes up for.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal has this new size; the next draw repaints everything.
    case resize(Size)
    /// Someone called `Wakeup.signal()`: the mailbox has messages.
    case wake
    /// SIGTERM, SIGHUP or SIGINT from outside, or the terminal hung up: stop cleanly.
    case signal(TerminationSignal)
}
