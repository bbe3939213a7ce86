import GlueSync

/// Counts requests sent (each try counts), for the status line's "12 req/min".
final class RequestRate: Sendable {
    private struct State {
        var recent: [ContinuousClock.Instant] = []
        var total = 0
    }

    private let state = LockedValue(State())
    private let window: Duration = .seconds(60)

    func record(at instant: ContinuousClock.Instant = .now) {
        state.withLock { state in
            state.total += 1
            state.recent.append(instant)
            prune(&state, now: instant)
        }
    }

    func snapshot(now: ContinuousClock.Instant = .now) -> (lastMinute: Int, total: Int) {
        state.withLock { state in
            prune(&state, now: now)
            return (state.recent.count, state.total)
        }
    }

    private func prune(_ state: inout State, now: ContinuousClock.Instant) {
        let cutoff = now - window
        if let keepFrom = state.recent.firstIndex(where: { $0 > cutoff }) {
            if keepFrom > 0 { state.recent.removeFirst(keepFrom) }
        } else {
            state.recent.removeAll()
        }
    }
}

/// What the client is doing, for the status line.
public struct ClientActivity: Sendable, Hashable {
    /// Tries sent in the last 60 seconds.
    public var requestsLastMinute: Int
    /// Tries sent since the client was made.
    public var totalRequests: Int
    /// Requests at the server now.
    public var inFlight: Int
    /// Requests waiting for a free slot.
    public var queued: Int
    /// Calls waiting out a backoff now.
    public var retriesWaiting: Int
}
