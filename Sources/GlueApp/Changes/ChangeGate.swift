import GlueSync

/// One change per connector at a time, within this process: a second change of a connector whose first is
/// still on its way is refused, not queued (its based-on state would be stale by the time it ran).
final class ChangeGate: Sendable {
    private let busy = LockedValue<Set<String>>([])

    /// True when `key` was free and is now held; the holder must `leave` it.
    func enter(_ key: String) -> Bool {
        busy.withLock { $0.insert(key).inserted }
    }

    func leave(_ key: String) {
        _ = busy.withLock { $0.remove(key) }
    }
}
