import Foundation
import GlueSync
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// Failures over real HTTP: the emulator injects them, the client must retry, give up, or explain.
@Suite("Client faults")
struct ClientFaultTests {
    @Test func aWrongKeyIsAnAuthErrorThatNamesTheEnvironment() async throws {
        try await withEmulator(configure: { $0.apiKey = Secret("wrong-key-123") }) { emulator, client in
            let error = try #require(await expectAPIError { () async throws(APIError) in try await client.listTenants() })
            #expect(error.category == .auth)
            #expect(error.status == 401)
            #expect(error.code == "UnauthorizedError")
            #expect(error.message
                == "API key rejected (401) by \(emulator.settings.envID): check the key for this profile")
            #expect(await emulator.requests().count == 1)  // not retried
        }
    }

    @Test func notFoundIsNotRetried() async throws {
        try await withEmulator(configure: { $0.flow = "no-such-flow" }) { emulator, client in
            let error = try #require(await expectAPIError { () async throws(APIError) in
                try await client.listLinkedConnectors(tenant: acme)
            })
            #expect(error.category == .notFound)
            #expect(error.code == "NotFoundError")
            #expect(error.serverMessage?.contains("no-such-flow") == true)
            #expect(await emulator.requests().count == 1)
        }
    }

    @Test func rateLimitWaitsAtLeastTheAdvisedTimeThenSucceeds() async throws {
        try await withEmulator { emulator, client in
            emulator.faults.add(FaultRule(.status(429, retryAfter: "1"), route: .pathPrefix("/tenants"), times: 1))
            let events = client.retryEvents()
            let (tenants, elapsed) = try await measure { try await client.listTenants() }
            #expect(tenants.contains(acme))
            #expect(elapsed >= .seconds(1))
            let recorded = await emulator.requests()
            #expect(recorded.map(\.status) == [429, 200])
            var iterator = events.makeAsyncIterator()
            let event = try #require(await iterator.next())
            #expect(event.nextAttempt == 2)
            #expect(event.delay == .seconds(1))
            #expect(event.delayAdvisedByServer)
            #expect(event.summary == "retry 2/4 in 1 s")
            #expect(event.error.category == .rateLimited(retryAfter: .seconds(1)))
        }
    }

    @Test func rateLimitWithAnHTTPDateIsHonoured() async throws {
        try await withEmulator { emulator, client in
            let date = Date().addingTimeInterval(2)
            emulator.faults.add(
                FaultRule(.status(429, retryAfter: httpDate(date)), route: .pathPrefix("/tenants"), times: 1))
            let events = client.retryEvents()
            let (_, elapsed) = try await measure { try await client.listTenants() }
            // The wait is the time left to the date (whole seconds, so at most 2 s; on a loaded machine the date
            // may already have passed when the answer arrives: then none), taken from the server's advice, and
            // it was waited out whole.
            var iterator = events.makeAsyncIterator()
            let event = try #require(await iterator.next())
            #expect(event.delayAdvisedByServer)
            #expect(event.delay >= .zero && event.delay <= .seconds(2))
            #expect(elapsed >= event.delay)
            #expect(await emulator.requests().map(\.status) == [429, 200])
        }
    }

    @Test func serverErrorsAreRetriedThenSucceed() async throws {
        try await withEmulator { emulator, client in
            emulator.faults.add(FaultRule(.status(503), route: .pathContains("availableConnectors"), times: 2))
            let connectors = try await client.availableConnectors()
            #expect(!connectors.isEmpty)
            #expect(await emulator.requests().map(\.status) == [503, 503, 200])
        }
    }

    @Test func serverErrorsGiveUpAfterTheLastTry() async throws {
        try await withEmulator { emulator, client in
            emulator.faults.add(FaultRule(.status(500), route: .pathContains("availableConnectors")))
            let error = try #require(await expectAPIError { () async throws(APIError) in
                try await client.availableConnectors()
            })
            #expect(error.category == .server)
            #expect(error.code == "ChaliceViewError")
            #expect(await emulator.requests().count == fastRetries.maxAttempts)
        }
    }

    @Test func htmlErrorPagesBecomeReadableErrors() async throws {
        try await withEmulator(configure: { $0.retryPolicy = .never }) { emulator, client in
            emulator.faults.add(FaultRule(.htmlBody(502), route: .pathPrefix("/tenants")))
            let error = try #require(await expectAPIError { () async throws(APIError) in try await client.listTenants() })
            #expect(error.status == 502)
            #expect(error.category == .server)
            #expect(error.serverMessage == "502 Bad Gateway")
            #expect(!error.message.contains("<"))
            #expect(!error.message.contains("nginx"))
        }
    }

    @Test func aDroppedConnectionIsRetriedForGET() async throws {
        try await withEmulator { emulator, client in
            emulator.faults.add(FaultRule(.dropConnection, route: .pathPrefix("/tenants"), times: 1))
            let tenants = try await client.listTenants()
            #expect(!tenants.isEmpty)
            #expect(await emulator.requests().map(\.status) == [0, 200])
        }
    }

    @Test func aDroppedConnectionIsNotRepeatedForPOST() async throws {
        try await withEmulator { emulator, client in
            let connector = try await firstConnector(client).id
            await emulator.clearRequests()
            emulator.faults.add(FaultRule(.dropConnection, route: .pathContains("/jobs"), method: "POST", times: 1))
            let error = try #require(await expectAPIError { () async throws(APIError) in
                try await client.runJob(tenant: acme, RunJobRequest(connector: connector, ignoreParallelJobs: true))
            })
            #expect(error.category == .transport)
            let posts = await emulator.requests().filter { $0.method == "POST" }
            #expect(posts.count == 1)
        }
    }

    @Test func aRefusedConnectionIsRetriedEvenForPOST() async throws {
        let closed = try ClosedPort()
        defer { closed.close() }
        let configuration = HotglueConfiguration(
            baseURL: "http://127.0.0.1:\(closed.port)", environment: "env", flow: "flow", apiKey: "key-1234",
            retryPolicy: fastRetries)
        let client = HotglueClient(configuration: configuration)
        let retries = LockedValue(0)
        let stream = client.retryEvents()
        let counter = Task { for await _ in stream { retries.withLock { $0 += 1 } } }
        let error = await expectAPIError { () async throws(APIError) in
            try await client.runJob(tenant: acme, RunJobRequest(connector: "x"))
        }
        await client.shutdown()
        await counter.value
        #expect(error?.category == .transport)
        #expect(error?.message.contains("Cannot reach 127.0.0.1") == true)
        #expect(retries.withLock { $0 } == fastRetries.maxAttempts - 1)
    }

    @Test func truncatedBodiesAreDecodingErrors() async throws {
        try await withEmulator(configure: { $0.retryPolicy = .never }) { emulator, client in
            emulator.faults.add(FaultRule(.truncatedBody, route: .pathPrefix("/tenants")))
            let error = try #require(await expectAPIError { () async throws(APIError) in try await client.listTenants() })
            #expect(error.category == .decoding)
            #expect(error.message.contains("cut short"))
        }
    }

    @Test func truncatedBodiesAreRetriedForGET() async throws {
        try await withEmulator { emulator, client in
            emulator.faults.add(FaultRule(.truncatedBody, route: .pathPrefix("/tenants"), times: 1))
            let tenants = try await client.listTenants()
            #expect(tenants.contains(acme))
            #expect(await emulator.requests().count == 2)
        }
    }

    @Test func malformedBodiesAreDecodingErrors() async throws {
        try await withEmulator { emulator, client in
            emulator.faults.add(FaultRule(.malformedJSON, route: .pathPrefix("/tenants")))
            let error = try #require(await expectAPIError { () async throws(APIError) in try await client.listTenants() })
            #expect(error.category == .decoding)
            #expect(error.status == 200)
            #expect(error.message.contains("not JSON"))
            #expect(!error.message.contains("oops"))  // never the body itself
            #expect(await emulator.requests().count == 1)  // the same answer would come again
        }
    }

    @Test func cancellingDuringALongRetryAfterEndsTheCallPromptly() async throws {
        try await withEmulator(configure: { $0.retryPolicy.maxTotalWait = .seconds(120) }) { emulator, client in
            emulator.faults.add(FaultRule(.status(429, retryAfter: "60"), route: .pathPrefix("/tenants")))
            let events = client.retryEvents()
            let call = Task { try await client.listTenants() }
            // Cancel once the client is in its backoff. Ending well before the 60 s wait is what "promptly" means
            // here; the 20 s guard only keeps a broken cancellation from holding the test for minutes.
            var iterator = events.makeAsyncIterator()
            let event = try #require(await iterator.next())
            #expect(event.delay == .seconds(60))
            call.cancel()
            let result = try await firstOf(await call.result, orFailAfter: .seconds(20), "the cancelled call to end")
            guard case .failure(let error) = result, let apiError = error as? APIError else {
                try wrongCase(result, expected: ".failure(APIError)")
            }
            #expect(apiError.category == .cancelled)
            #expect(await emulator.requests().count == 1)
        }
    }

    @Test func aRequestTimeoutIsATransportError() async throws {
        try await withEmulator(configure: {
            $0.requestTimeout = .milliseconds(300)
            $0.retryPolicy = .never
        }) { emulator, client in
            emulator.faults.add(FaultRule(.latency(.seconds(2)), route: .pathPrefix("/tenants")))
            // Had the client waited for the answer, the call would have succeeded after 2 s.
            let error = await expectAPIError { () async throws(APIError) in try await client.listTenants() }
            #expect(error?.category == .transport)
            #expect(error?.message.contains("no answer within") == true)
        }
    }
}

/// An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
}

/// A local port with nothing listening: bind one, note it, close it.
/// A loopback port nobody listens on, held for the test: the socket stays bound (never listening) until `close`,
/// so a connection is refused and no other test's server can take the port meanwhile (a port only looked up and
/// let go was once taken by a parallel test's emulator, which answered 401 instead).
final class ClosedPort {
    let port: Int
    private let socket: Int32

    init() throws {
        let fd = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        socket = fd
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        guard bound else {
            Foundation.close(fd)
            throw CancellationError()
        }
    }

    func close() { Foundation.close(socket) }
}
