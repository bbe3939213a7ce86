import Foundation
import GlueApp
import GlueCore
import HotglueModels
import Synchronization

/// A data source that records every poll and answers from a script, so poller behaviour can be asserted exactly.
final class ScriptedSource: DashboardDataSource {
    struct Call: Equatable {
        var subscription: Subscription
        var cursor: Int
    }

    private let calls = Mutex<[Call]>([])
    private let inFlight = Mutex<[Subscription: Int]>([:])
    private let maxOverlap = Mutex(0)
    let delay: Duration
    let failing: Set<Subscription>

    init(delay: Duration = .zero, failing: Set<Subscription> = []) {
        self.delay = delay
        self.failing = failing
    }

    var recorded: [Call] { calls.withLock { $0 } }
    var worstOverlap: Int { maxOverlap.withLock { $0 } }

    func count(_ subscription: Subscription) -> Int {
        recorded.filter { $0.subscription == subscription }.count
    }

    func poll(_ subscription: Subscription, cursor: Int) async -> PollOutcome {
        calls.withLock { $0.append(Call(subscription: subscription, cursor: cursor)) }
        let overlap = inFlight.withLock { running -> Int in
            running[subscription, default: 0] += 1
            return running[subscription]!
        }
        maxOverlap.withLock { $0 = max($0, overlap) }
        if delay > .zero { try? await Task.sleep(for: delay) }
        inFlight.withLock { $0[subscription, default: 1] -= 1 }
        if failing.contains(subscription) {
            let error = APIError(category: .server, summary: "Hotglue answered 503", isRetryable: true)
            return PollOutcome(message: .tenantsLoaded(.failure(error), at: Date()), cursor: cursor, error: error)
        }
        return PollOutcome(message: .requestRate(perMinute: cursor), cursor: cursor + 1)
    }
}

/// Waits for a condition without sleeping a fixed time: polls every 10 ms up to `timeout`.
func eventually(timeout: Duration = .seconds(5), _ condition: () -> Bool) async -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
