import GlueSync

/// A sleep that can be cut short: a poller waits its interval on this, and `R` (refresh now) or cancellation
/// ends the wait at once.
final class RefreshSignal: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
        /// Which wait the running timer belongs to, so a timer left from an earlier wait cannot end a later one.
        var generation: UInt64 = 0
    }

    private let state = LockedValue(State())
    /// How a wait's time passes: `Task.sleep`, or a test's manual clock.
    private let sleep: @Sendable (Duration) async -> Void

    init(sleep: @escaping @Sendable (Duration) async -> Void) {
        self.sleep = sleep
    }

    /// Ends the current wait, or the next one at once if nobody is waiting.
    func fire() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let waiter = state.waiter else {
                state.pending = true
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Waits for `duration`, or until `fire()`, or until the task is cancelled; nil waits only for those two.
    func wait(upTo duration: Duration?) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let generation = state.withLock { state -> UInt64? in
                    if state.pending {
                        state.pending = false
                        return nil
                    }
                    state.generation &+= 1
                    state.waiter = continuation
                    return state.generation
                }
                guard let generation else {
                    continuation.resume()
                    return
                }
                guard let duration else { return }
                let sleep = self.sleep
                Task.detached { [weak self] in
                    await sleep(duration)
                    self?.expire(generation)
                }
            }
        } onCancel: {
            fire()
        }
    }

    private func expire(_ generation: UInt64) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard state.generation == generation, let waiter = state.waiter else { return nil }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }
}
