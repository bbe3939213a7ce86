import GlueSync
import HotglueAPI
import HotglueEmulator
import HotglueModels
import Testing

/// A transport that counts the requests it has open at once: it sits exactly between the client and the network,
/// so its peak is the peak at the server.
final class ConcurrencyCountingTransport: Transport {
    private let inner: any Transport
    private let counts = LockedValue((current: 0, peak: 0, total: 0))

    init(wrapping inner: any Transport) { self.inner = inner }

    var peak: Int { counts.withLock { $0.peak } }
    var total: Int { counts.withLock { $0.total } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        counts.withLock {
            $0.current += 1
            $0.total += 1
            $0.peak = max($0.peak, $0.current)
        }
        defer { counts.withLock { $0.current -= 1 } }
        return try await inner.send(request)
    }

    func shutdown() async { await inner.shutdown() }
}

@Suite("In-flight limit")
struct InFlightLimitTests {
    @Test func neverMoreThanFourRequestsAtTheServer() async throws {
        let latency = Duration.milliseconds(300)
        let transport = ConcurrencyCountingTransport(wrapping: HTTPTransport())
        try await withEmulator(transport: transport) { emulator, client in
            emulator.faults.add(FaultRule(.latency(latency), route: .pathPrefix("/tenants")))
            let (_, elapsed) = try await measure {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<10 {
                        group.addTask { _ = try await client.listTenants() }
                    }
                    try await group.waitForAll()
                }
            }
            #expect(transport.peak == 4)
            #expect(transport.total == 10)
            // 10 requests, 4 at a time, each held 300 ms at the server: at least three waves.
            #expect(elapsed >= latency * 3)
            #expect(await emulator.requests().count == 10)
            #expect(client.activity.totalRequests == 10)
            #expect(client.activity.requestsLastMinute == 10)
            #expect(client.activity.inFlight == 0)
        }
    }

    @Test func cancelledQueuedCallsLeaveWithoutBeingSent() async throws {
        try await withEmulator { emulator, client in
            emulator.faults.add(FaultRule(.latency(.milliseconds(400)), route: .pathPrefix("/tenants")))
            let busy = (0..<4).map { _ in Task { try await client.listTenants() } }
            try await waitUntil("4 requests are in flight") { client.activity.inFlight == 4 }
            let queued = Task { try await client.listTenants() }
            try await waitUntil("a call is queued") { client.activity.queued == 1 }
            queued.cancel()
            let result = await queued.result
            #expect((try? result.get()) == nil)
            #expect(client.activity.queued == 0)
            for task in busy { _ = try await task.value }
            #expect(await emulator.requests().count == 4)
        }
    }
}
