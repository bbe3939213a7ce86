import GlueSync
import HotglueModels

/// Groups events into batches: the first event of a batch waits `window` for others, then all go out together,
/// so a dashboard turns a burst into one message. A batch is sent early once it holds `maxBatch` events. Batches
/// the reader has not taken are buffered up to `bufferedBatches`; beyond that new ones are dropped and counted.
final class EventBatcher: Sendable {
    struct Counts: Hashable, Sendable {
        var batches = 0
        var events = 0
        var droppedEvents = 0
    }

    private struct State {
        var pending: [HotglueEvent] = []
        /// Bumped at every flush, so a timer set for an earlier batch does not cut the next one short.
        var generation = 0
        var finished = false
        var counts = Counts()
    }

    let batches: AsyncStream<[HotglueEvent]>
    private let continuation: AsyncStream<[HotglueEvent]>.Continuation
    private let window: Duration
    private let maxBatch: Int
    private let state = LockedValue(State())

    init(window: Duration, maxBatch: Int = 1_000, bufferedBatches: Int = 10_000) {
        (batches, continuation) = AsyncStream.makeStream(of: [HotglueEvent].self, bufferingPolicy: .bufferingOldest(bufferedBatches))
        self.window = window
        self.maxBatch = max(1, maxBatch)
    }

    var counts: Counts { state.withLock { $0.counts } }

    func add(_ event: HotglueEvent) {
        enum Next { case nothing, startTimer(Int), flushNow }
        let next: Next = state.withLock { state in
            guard !state.finished else { return .nothing }
            state.pending.append(event)
            if state.pending.count >= maxBatch { return .flushNow }
            return state.pending.count == 1 ? .startTimer(state.generation) : .nothing
        }
        switch next {
        case .nothing: break
        case .flushNow: flush(generation: nil)
        case .startTimer(let generation):
            let window = window
            Task { [self] in
                try? await Task.sleep(for: window)
                flush(generation: generation)
            }
        }
    }

    /// Sends what is pending and ends the stream.
    func finish() {
        flush(generation: nil)
        state.withLock { $0.finished = true }
        continuation.finish()
    }

    /// `generation` nil flushes whatever is pending; otherwise only the batch that timer was set for.
    private func flush(generation: Int?) {
        // Yielding under the lock keeps batches in the order they were cut.
        state.withLock { state in
            guard !state.pending.isEmpty, generation == nil || generation == state.generation else { return }
            let batch = state.pending
            state.pending = []
            state.generation += 1
            if case .enqueued = continuation.yield(batch) {
                state.counts.batches += 1
                state.counts.events += batch.count
            } else {
                state.counts.droppedEvents += batch.count
            }
        }
    }
}
