import Foundation
@testable import HotglueEmulator
import Testing

@Suite("Request log cap")
struct RequestLogCapTests {
    @Test("a ring buffer keeps the newest `capacity` elements, oldest first")
    func ringBuffer() {
        var ring = RingBuffer<Int>(capacity: 3)
        #expect(ring.elements.isEmpty)
        ring.append(1)
        ring.append(2)
        #expect(ring.elements == [1, 2])
        for value in 3...7 { ring.append(value) }
        #expect(ring.elements == [5, 6, 7])
        #expect(ring.count == 3)
        ring.removeAll()
        ring.append(8)
        #expect(ring.elements == [8])
    }

    @Test("the request log filled past its capacity keeps the newest and counts them all")
    func logFilledPastCapacity() async {
        let log = RequestLog(capacity: 4)
        for index in 1...10 {
            await log.arrived()
            await log.append(Self.request("/r\(index)"), received: .now)
        }
        #expect(await log.all().map(\.path) == ["/r7", "/r8", "/r9", "/r10"])
        let stats = await log.stats
        #expect(stats.kept == 4)
        #expect(stats.capacity == 4)
        #expect(stats.total == 10)
        #expect(stats.inFlight == 0)
        #expect(stats.peakInFlight == 1)
        #expect(await log.entries(after: 8, limit: 10).map(\.sequence) == [9, 10])
        #expect(await log.entries(after: 0, limit: 2).map(\.sequence) == [7, 8], "what fell out of the ring is gone")
    }

    @Test("the emulator's log holds 10,000 requests")
    func defaultCapacity() {
        #expect(RequestLog.defaultCapacity == 10_000)
    }

    @Test("requests in flight at once are counted at their peak")
    func peakInFlight() async {
        let log = RequestLog(capacity: 8)
        await log.arrived()
        await log.arrived()
        await log.arrived()
        await log.append(Self.request("/a"), received: .now)
        await log.arrived()
        #expect(await log.stats.inFlight == 3)
        #expect(await log.stats.peakInFlight == 3)
    }

    private static func request(_ path: String) -> RecordedRequest {
        RecordedRequest(method: "GET", path: path, query: [:], status: 200, fault: nil, body: nil)
    }
}
