import GlueSync

/// Stands in for `Task.sleep` in the poller: time passes only when the test calls `advance(by:)`, and a sleep ends
/// when the clock has moved past its end. `pending` says how many sleeps are still running.
final class ManualSleep: Sendable {
    private struct Sleeper {
        let until: Duration
        let wake: CheckedContinuation<Void, Never>
    }

    private struct State {
        var now = Duration.zero
        var sleepers: [Sleeper] = []
    }

    private let state = LockedValue(State())

    var pending: Int { state.withLock { $0.sleepers.count } }

    /// How much time `advance(by:)` has moved on, for what measures time on this clock (`PollBudget`).
    var elapsed: Duration { state.withLock { $0.now } }

    func sleep(for duration: Duration) async {
        await withCheckedContinuation { wake in
            state.withLock { $0.sleepers.append(Sleeper(until: $0.now + duration, wake: wake)) }
        }
    }

    /// Moves the clock on and ends every sleep that is then over.
    func advance(by duration: Duration) {
        let due = state.withLock { state -> [Sleeper] in
            state.now += duration
            let now = state.now
            let due = state.sleepers.filter { $0.until <= now }
            state.sleepers.removeAll { $0.until <= now }
            return due
        }
        for sleeper in due { sleeper.wake.resume() }
    }

    /// Ends every sleep, so no task is left waiting on this clock after the test.
    func releaseAll() {
        let all = state.withLock { state -> [Sleeper] in
            defer { state.sleepers.removeAll() }
            return state.sleepers
        }
        for sleeper in all { sleeper.wake.resume() }
    }
}
