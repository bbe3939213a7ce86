import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Discovery runs on the clock")
struct DiscoveryTests {
    @Test("poll answers status null for a connector never discovered, and 404 for an unknown one")
    func neverDiscovered() async throws {
        try await withEmulator { (_, client) async throws in
            // Link a fresh connector: it has no discovery on record.
            let link: JSONValue = ["connector": ["id": "salesforce", "config": [:]]]
            #expect(try await client.sendJSON(.POST, client.v2("fresh", "/linkedConnectors"), link).status == 200)
            let poll = try await client.get(client.v2("fresh", "/linkedConnectors/discover/poll?connector_id=salesforce"))
            #expect(poll.status == 200)
            #expect(poll.body == #"{"status":null}"#)
            let unknown = try await client.get(client.v2("fresh", "/linkedConnectors/discover/poll?connector_id=hubspot"))
            #expect(unknown.status == 404)
            #expect(unknown.chalice.code == "NotFoundError")
            let missing = try await client.get(client.v2("fresh", "/linkedConnectors/discover/poll"))
            #expect(missing.status == 400)
        }
    }

    @Test("a discovery is RUNNING for discoverDuration, then SUCCEEDED (catalog rewritten) or FAILED (with a message)")
    func lifecycle() async throws {
        try await withEmulator { (emulator, client) async throws in
            var outcomes: Set<String> = []
            // Seed 42 gives both outcomes among acme's connectors and repeated runs; try until both were seen.
            for round in 0..<6 {
                for connector in ["salesforce", "hubspot", "quickbooks"] {
                    let catalogBefore = try await catalog(client, connector)
                    let start = try await client.get(
                        client.v2("acme", "/linkedConnectors/discover?connector_id=\(connector)&v2_source=true"))
                    #expect(start.status == 200)
                    #expect(try start.json["status"]?.stringValue == "RUNNING")
                    #expect(try start.json["v2_source"]?.stringValue == "true")
                    let pollPath = client.v2("acme", "/linkedConnectors/discover/poll?connector_id=\(connector)")
                    emulator.settings.clock.advance(by: .seconds(7))
                    #expect(try await client.get(pollPath).body == #"{"status":"RUNNING"}"#)
                    emulator.settings.clock.advance(by: .seconds(1))
                    let final = try await client.get(pollPath).json
                    let status = try #require(final["status"]?.stringValue)
                    outcomes.insert(status)
                    let catalogAfter = try await catalog(client, connector)
                    switch status {
                    case "SUCCEEDED":
                        #expect(final["message"] == nil)
                        #expect(catalogAfter != catalogBefore, "round \(round): a successful discovery rewrites the catalog")
                        #expect(catalogAfter.compact().contains("custom_object_"))
                    case "FAILED":
                        #expect(final["message"]?.stringValue?.hasPrefix("Discovery failed") == true)
                        #expect(catalogAfter == catalogBefore)
                    default:
                        Issue.record("unexpected status \(status)")
                    }
                }
                if outcomes.count == 2 { break }
            }
            #expect(outcomes == ["SUCCEEDED", "FAILED"])
        }
    }

    @Test("triggering while a discovery runs does not restart it")
    func noRestart() async throws {
        try await withEmulator { (emulator, client) async throws in
            let path = client.v2("acme", "/linkedConnectors/discover?connector_id=hubspot")
            _ = try await client.get(path)
            emulator.settings.clock.advance(by: .seconds(5))
            _ = try await client.get(path)
            emulator.settings.clock.advance(by: .seconds(3))
            let poll = try await client.get(client.v2("acme", "/linkedConnectors/discover/poll?connector_id=hubspot"))
            #expect(try poll.json["status"]?.stringValue != "RUNNING")
        }
    }

    @Test("discover on an unknown connector is 404")
    func unknownConnector() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.get(client.v2("acme", "/linkedConnectors/discover?connector_id=nope"))
            #expect(answer.status == 404)
            #expect(answer.chalice.message == "Connector nope is not linked for tenant acme")
        }
    }

    private func catalog(_ client: EmulatorClient, _ connector: String) async throws -> JSONValue {
        let listing = try await client.get(client.v2("acme", "/linkedConnectors?catalog=true")).json
        let entry = try #require(listing.arrayValue?.first { $0["id"]?.stringValue == connector })
        return try #require(entry["catalog"])
    }
}
