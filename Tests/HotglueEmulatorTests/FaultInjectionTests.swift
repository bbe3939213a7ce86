import AsyncHTTPClient
import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Fault injection over real HTTP")
struct FaultInjectionTests {
    @Test("429 with Retry-After in seconds, for the next n matching requests only")
    func tooManyRequests() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.status(429, retryAfter: "2"), route: .pathPrefix("/tenants"), times: 2))
            let tenants = "/tenants/\(client.env)"
            for _ in 0..<2 {
                let answer = try await client.get(tenants)
                #expect(answer.status == 429)
                #expect(answer.headers.first(name: "retry-after") == "2")
                #expect(answer.chalice.code == "TooManyRequestsError")
            }
            #expect(try await client.get(tenants).status == 200)
            let log = await emulator.requests()
            #expect(log.map(\.fault) == ["429", "429", nil])
            #expect(log.map(\.status) == [429, 429, 200])
        }
    }

    @Test("Retry-After may be an HTTP-date; rules match by route and method")
    func retryAfterDateAndMatching() async throws {
        try await withEmulator { (emulator, client) async throws in
            let date = "Wed, 01 May 2024 12:00:05 GMT"
            emulator.faults.add(FaultRule(.status(429, retryAfter: date), route: .pathContains("linkedConnectors"), method: "POST"))
            let get = try await client.get(client.v2("acme", "/linkedConnectors"))
            #expect(get.status == 200)
            let post = try await client.sendJSON(.POST, client.v2("acme", "/linkedConnectors"), ["connector": ["id": "salesforce"]])
            #expect(post.status == 429)
            #expect(post.headers.first(name: "retry-after") == date)
        }
    }

    @Test("5xx answers carry a Chalice body and come before authentication")
    func serverError() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.status(503)))
            let answer = try await client.withKey("wrong").get("/tenants/\(client.env)")
            #expect(answer.status == 503)
            #expect(answer.body == #"{"Code":"ChaliceViewError","Message":"An internal server error occurred."}"#)
        }
    }

    @Test("latency delays the normal answer")
    func latency() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.latency(.milliseconds(300)), times: 1))
            let clock = ContinuousClock()
            let started = clock.now
            let answer = try await client.get("/tenants/\(client.env)")
            #expect(answer.status == 200)
            #expect(clock.now - started >= .milliseconds(300))
            #expect(await emulator.requests().last?.fault == "latency")
        }
    }

    @Test("a dropped connection gets no answer at all; the log records status 0")
    func dropConnection() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.dropConnection, times: 1))
            let raw = try await RawHTTP.exchange(
                port: emulator.port, request: RawHTTP.getRequest("/tenants/\(client.env)", apiKey: emulator.settings.apiKey))
            #expect(raw.bytes.isEmpty)
            #expect(raw.closedByServer)
            let entry = try #require(await emulator.requests().last)
            #expect(entry.status == 0)
            #expect(entry.fault == "drop")
            // An HTTP client sees an error, and the next request is served normally.
            emulator.faults.add(FaultRule(.dropConnection, times: 1))
            await #expect(throws: (any Error).self) { _ = try await client.get("/tenants/\(client.env)") }
            #expect(try await client.get("/tenants/\(client.env)").status == 200)
        }
    }

    @Test("dropafter: the change is made, then the connection closes without an answer; the log records status 0")
    func dropAfterHandling() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.dropAfterHandling, route: .pathSuffix("linkedConnectors/state"), method: "PUT",
                                          times: 1))
            let connector = try #require(await emulator.world.linkedConnectors(tenant: "acme").first?["id"]?.stringValue)
            let path = client.v2("acme", "/linkedConnectors/state?connector_id=\(connector)")
            await #expect(throws: (any Error).self) {
                _ = try await client.sendJSON(.PUT, path, ["state": ["bookmarks": ["moved": 1]]])
            }
            #expect(await emulator.world.stateText(tenant: "acme", connector: connector) == #"{"bookmarks":{"moved":1}}"#)
            let entry = try #require(await emulator.requests().last)
            #expect(entry.status == 0 && entry.fault == "dropafter")
            // Spent: the same request is answered now.
            #expect(try await client.sendJSON(.PUT, path, ["state": ["bookmarks": ["moved": 2]]]).status == 200)
        }
    }

    @Test("a route ending in $ matches the end of the path only")
    func anchoredRoute() async throws {
        try await withEmulator { (emulator, client) async throws in
            let rules = try FaultInjector.parseRules("503@discover$")
            #expect(rules == [FaultRule(.status(503), route: .pathSuffix("discover"))])
            emulator.faults.add(rules[0])
            let connector = try #require(await emulator.world.linkedConnectors(tenant: "acme").first?["id"]?.stringValue)
            #expect(try await client.get(client.v2("acme", "/linkedConnectors/discover/poll?connector_id=\(connector)")).status == 200)
            #expect(try await client.get(client.v2("acme", "/linkedConnectors/discover?connector_id=\(connector)")).status == 503)
        }
    }

    @Test("a truncated body declares a longer Content-Length than it sends, then the connection closes")
    func truncatedBody() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.truncatedBody, times: 1))
            let raw = try await RawHTTP.exchange(
                port: emulator.port, request: RawHTTP.getRequest("/tenants/\(client.env)", apiKey: emulator.settings.apiKey))
            #expect(raw.head.hasPrefix("HTTP/1.1 200"))
            let declared = try #require(raw.header("content-length").flatMap { Int($0) })
            #expect(raw.bodyBytes > 0)
            #expect(raw.bodyBytes < declared)
            #expect(raw.closedByServer)
            #expect(await emulator.requests().last?.fault == "truncate")
            emulator.faults.add(FaultRule(.truncatedBody, times: 1))
            await #expect(throws: (any Error).self) { _ = try await client.get("/tenants/\(client.env)") }
        }
    }

    @Test("an HTML error page, as a proxy sends it")
    func htmlBody() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.htmlBody(502)))
            let answer = try await client.get("/tenants/\(client.env)")
            #expect(answer.status == 502)
            #expect(answer.headers.first(name: "content-type") == "text/html")
            #expect(answer.body.contains("<h1>502 Bad Gateway</h1>"))
        }
    }

    @Test("malformed JSON: a 200 that says JSON and is not")
    func malformedJSON() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.malformedJSON))
            let answer = try await client.get("/tenants/\(client.env)")
            #expect(answer.status == 200)
            #expect(answer.headers.first(name: "content-type") == "application/json")
            #expect(throws: JSONParseError.self) { try JSONValue.parse(answer.body) }
        }
    }

    @Test("rules can be removed one by one or all at once")
    func removal() async throws {
        try await withEmulator { (emulator, client) async throws in
            let first = emulator.faults.add(FaultRule(.status(500)))
            emulator.faults.add(FaultRule(.status(502), route: .pathPrefix("/v2")))
            #expect(try await client.get("/tenants/\(client.env)").status == 500)
            emulator.faults.remove(first)
            #expect(try await client.get("/tenants/\(client.env)").status == 200)
            #expect(try await client.get(client.v2("acme", "/linkedConnectors")).status == 502)
            emulator.faults.removeAll()
            #expect(try await client.get(client.v2("acme", "/linkedConnectors")).status == 200)
        }
    }

    @Test("probabilistic rules repeat with the seed")
    func probabilityIsSeeded() async throws {
        func pattern() async throws -> [Int] {
            var statuses: [Int] = []
            var settings = manualSettings(seed: 7)
            settings.faults = [FaultRule(.status(500), probability: 0.5)]
            try await withEmulator(settings) { (_, client) async throws in
                for _ in 0..<16 {
                    statuses.append(try await client.get("/tenants/\(client.env)").status)
                }
            }
            return statuses
        }
        let first = try await pattern()
        let second = try await pattern()
        #expect(first == second)
        #expect(first.contains(500))
        #expect(first.contains(200))
    }

    @Test("rules from the settings (the CLI's --faults) are active from the start")
    func rulesFromSettings() async throws {
        var settings = manualSettings()
        settings.faults = try FaultInjector.parseRules("429@/tenants:retry=1:times=1")
        try await withEmulator(settings) { (_, client) async throws in
            let answer = try await client.get("/tenants/\(client.env)")
            #expect(answer.status == 429)
            #expect(answer.headers.first(name: "retry-after") == "1")
            #expect(try await client.get("/tenants/\(client.env)").status == 200)
        }
    }
}
