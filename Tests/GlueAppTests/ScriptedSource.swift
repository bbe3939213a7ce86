import Foundation
import TestSupport
import GlueApp
import GlueCore
import GlueSync
import HotglueModels

/// A data source that records every poll and answers from a script, so poller behaviour can be asserted exactly.
final class ScriptedSource: DashboardDataSource {
    struct Call: Equatable {
        var subscription: Subscription
        var cursor: Int
    }

    private let calls = LockedValue<[Call]>([])
    private let inFlight = LockedValue<[Subscription: Int]>([:])
    private let maxOverlap = LockedValue(0)
    let failing: Set<Subscription>
    /// When set, each poll stays in flight until the test lets it finish with `finishHeldPoll()`.
    let gate: PollGate?

    init(failing: Set<Subscription> = [], holdingEachPoll: Bool = false) {
        self.failing = failing
        gate = holdingEachPoll ? PollGate() : nil
    }

    /// Lets the oldest held poll (or the next one to come) finish.
    func finishHeldPoll() {
        gate?.open()
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
        await gate?.pass()
        inFlight.withLock { $0[subscription, default: 1] -= 1 }
        if failing.contains(subscription) {
            let error = APIError(category: .server, summary: "Hotglue answered 503", isRetryable: true)
            return PollOutcome(message: .polled(.tenantsLoaded(.failure(error), at: Date())), cursor: cursor, error: error)
        }
        return PollOutcome(message: .requestRate(perMinute: cursor), cursor: cursor + 1)
    }
}

/// Holds each poll until the test opens the gate once for it; an opening before the poll arrives is kept for it.
final class PollGate: Sendable {
    private struct State {
        var openings = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = LockedValue(State())

    func pass() async {
        await withCheckedContinuation { continuation in
            let goOn = state.withLock { state -> Bool in
                guard state.openings > 0 else {
                    state.waiting.append(continuation)
                    return false
                }
                state.openings -= 1
                return true
            }
            if goOn { continuation.resume() }
        }
    }

    func open() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.openings += 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        waiter?.resume()
    }
}

/// Waits for a condition without sleeping a fixed time: polls every 10 ms up to `timeout`.
func eventually(timeout: Duration = .seconds(30), _ condition: () -> Bool) async -> Bool {
    await poll(upTo: timeout, every: .milliseconds(10)) { condition() }
}

struct ConditionTimedOut: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting until \(what)" }
}

/// Like `eventually`, for conditions the test cannot go on without: throws (failing the test) after `timeout`, a
/// guard against hanging, not a time limit: generous, since 645 tests share 2 cores.
func until(_ what: String, timeout: Duration = .seconds(30), _ condition: () -> Bool) async throws {
    guard await eventually(timeout: timeout, condition) else { throw ConditionTimedOut(what: what) }
}
