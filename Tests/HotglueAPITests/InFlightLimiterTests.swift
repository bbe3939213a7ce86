import HotglueAPI
import Testing

@Suite("In-flight limiter")
struct InFlightLimiterTests {
    @Test func waitersGetPermitsInOrder() async throws {
        let limiter = InFlightLimiter(limit: 1)
        try await limiter.acquire()
        let second = Task { try await limiter.acquire() }
        try await waitUntil("a caller waits") { limiter.waiting > 0 }
        #expect(limiter.inUse == 1)
        limiter.release()
        try await second.value
        #expect(limiter.inUse == 1)
        #expect(limiter.waiting == 0)
        limiter.release()
        #expect(limiter.inUse == 0)
    }

    @Test func aCancelledWaiterLeavesTheQueueAtOnce() async throws {
        let limiter = InFlightLimiter(limit: 1)
        try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        try await waitUntil("a caller waits") { limiter.waiting > 0 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(limiter.waiting == 0)
        // The cancelled waiter took nothing: the released permit is free again.
        limiter.release()
        #expect(limiter.inUse == 0)
        try await limiter.acquire()
        #expect(limiter.inUse == 1)
        limiter.release()
    }

    @Test func anAlreadyCancelledTaskDoesNotWaitForever() async throws {
        let limiter = InFlightLimiter(limit: 1)
        try await limiter.acquire()
        let waiter = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await limiter.acquire()
        }
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(limiter.waiting == 0)
        limiter.release()
    }
}
