import GlueSync

/// At most `limit` holders at once; the others wait in arrival order. A waiter whose task is cancelled leaves the
/// queue at once with `CancellationError`, and never takes a permit afterwards.
public final class InFlightLimiter: Sendable {
    private struct State {
        var available: Int
        var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
        var nextID: UInt64 = 0
    }

    private let state: LockedValue<State>
    public let limit: Int

    public init(limit: Int) {
        self.limit = max(1, limit)
        state = LockedValue(State(available: max(1, limit)))
    }

    /// How many permits are held now.
    public var inUse: Int {
        state.withLock { limit - $0.available }
    }

    /// How many callers are waiting for a permit.
    public var waiting: Int {
        state.withLock { $0.waiters.count }
    }

    public func acquire() async throws {
        let id: UInt64? = state.withLock { state in
            if state.available > 0 {
                state.available -= 1
                return nil
            }
            state.nextID += 1
            return state.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let granted: Bool? = state.withLock { state in
                    if Task.isCancelled { return false }
                    // A permit may have been released between the first check and now.
                    if state.available > 0 {
                        state.available -= 1
                        return true
                    }
                    state.waiters.append((id, continuation))
                    return nil
                }
                switch granted {
                case true?: continuation.resume()
                case false?: continuation.resume(throwing: CancellationError())
                case nil: break
                }
            }
        } onCancel: {
            let removed = state.withLock { state -> CheckedContinuation<Void, any Error>? in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return state.waiters.remove(at: index).continuation
            }
            removed?.resume(throwing: CancellationError())
        }
    }

    /// Gives a permit back: to the longest waiter, or to the pool.
    public func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            if state.waiters.isEmpty {
                state.available = min(state.available + 1, limit)
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        next?.resume()
    }

    /// Runs `work` holding a permit.
    public func withPermit<T: Sendable>(_ work: () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await work()
    }
}
