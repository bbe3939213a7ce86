import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("/_emulator routes")
struct IntrospectionRoutesTests {
    @Test("stats: the request log's size, the clock and each touched tenant's jobs; reading them is not logged")
    func stats() async throws {
        var settings = manualSettings()
        settings.jobsKeptPerTenant = 7
        try await withEmulator(settings) { (emulator, client) async throws in
            _ = try await client.get("/tenants/\(client.env)")
            _ = try await client.get(client.plain("acme", "/jobs"))
            let first = try await client.get("/_emulator/stats").json
            let second = try await client.get("/_emulator/stats").json
            #expect(first == second, "the first read did not change the second")
            #expect(first["request_log"]?["kept"]?.intValue == 2)
            #expect(first["request_log"]?["total"]?.intValue == 2)
            #expect(first["request_log"]?["capacity"]?.intValue == 10_000)
            #expect(first["request_log"]?["peak_in_flight"]?.intValue == 1)
            #expect(first["clock"]?["speed"]?.doubleValue == 0)
            #expect(first["jobs"]?["kept_per_tenant"]?.intValue == 7)
            let tenants = first["jobs"]?["tenants"]?.arrayValue ?? []
            #expect(tenants.compactMap { $0["tenant"]?.stringValue } == ["acme"])
            #expect(await emulator.requests().count == 2)
        }
    }

    @Test("requests after a number, with arrival and answer times, oldest first")
    func requestsAfter() async throws {
        try await withEmulator { (_, client) async throws in
            for _ in 0..<3 { _ = try await client.get("/tenants/\(client.env)") }
            let page = try await client.get("/_emulator/requests?after=1").json["requests"]?.arrayValue ?? []
            #expect(page.compactMap { $0["sequence"]?.intValue } == [2, 3])
            #expect(page.allSatisfy { $0["path"]?.stringValue == "/tenants/\(client.env)" && $0["status"]?.intValue == 200 })
            let received = try #require(page.first?["received"]?.doubleValue)
            let answered = try #require(page.first?["answered"]?.doubleValue)
            #expect(received >= 0 && answered >= received)
            let limited = try await client.get("/_emulator/requests?after=0&limit=1").json["requests"]?.arrayValue
            #expect(limited?.count == 1)
        }
    }

    @Test("faults do not reach /_emulator, and it needs the secret key")
    func notFaultedSecretOnly() async throws {
        try await withEmulator { (emulator, client) async throws in
            emulator.faults.add(FaultRule(.status(503)))
            #expect(try await client.get("/tenants/\(client.env)").status == 503)
            #expect(try await client.get("/_emulator/stats").status == 200)
            #expect(try await client.withKey(emulator.settings.publicAPIKey).get("/_emulator/stats").status == 403)
            #expect(try await client.withKey(nil).get("/_emulator/stats").status == 401)
        }
    }
}
