import GlueSync
import Synchronization

/// Hands every retry event to each current subscriber (one `AsyncStream` per subscriber, newest events kept when
/// a subscriber falls behind) and to the configured callback.
final class RetryEventBroadcaster: Sendable {
    private let subscribers = LockedValue<[UInt64: AsyncStream<RetryEvent>.Continuation]>([:])
    private let nextID = Atomic<UInt64>(0)
    private let callback: (@Sendable (RetryEvent) -> Void)?

    init(callback: (@Sendable (RetryEvent) -> Void)?) {
        self.callback = callback
    }

    func subscribe() -> AsyncStream<RetryEvent> {
        let (stream, continuation) = AsyncStream<RetryEvent>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = nextID.add(1, ordering: .relaxed).newValue
        subscribers.withLock { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        return stream
    }

    func publish(_ event: RetryEvent) {
        callback?(event)
        let continuations = subscribers.withLock { Array($0.values) }
        for continuation in continuations {
            continuation.yield(event)
        }
    }

    func finish() {
        let continuations = subscribers.withLock { subscribers in
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        for continuation in continuations {
            continuation.finish()
        }
    }
}
