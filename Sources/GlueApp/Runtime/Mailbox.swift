import GlueCore
import GlueSync
import GlueTerminal

/// Where background tasks leave messages for the main loop. `post` appends and wakes the loop; the loop drains
/// everything at once, updates once per message and draws once per batch.
public final class Mailbox: Sendable {
    private let queue = LockedValue<[Msg]>([])
    private let wakeup: Wakeup?

    public init(wakeup: Wakeup?) {
        self.wakeup = wakeup
    }

    public func post(_ message: Msg) {
        queue.withLock { $0.append(message) }
        wakeup?.signal()
    }

    /// Wakes the loop without a message: something it waits on (changes in flight) changed.
    public func wake() {
        wakeup?.signal()
    }

    public func drain() -> [Msg] {
        queue.withLock { messages in
            let drained = messages
            messages.removeAll(keepingCapacity: true)
            return drained
        }
    }
}
