import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Connector state: get, put, delete, exact round trip")
struct StateTests {
    @Test("acme's salesforce state holds SDK bookmarks with a big integer and a decimal")
    func generatedState() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.get(client.v2("acme", "/linkedConnectors/state?connector_id=salesforce"))
            #expect(answer.status == 200)
            #expect(answer.body.contains(#""replication_key_value":12345678901234567890"#))
            #expect(answer.body.contains(#""replication_key_value":1.10"#))
            #expect(try answer.json["bookmarks"]?["Account"]?["replication_key"]?.stringValue == "SystemModstamp")
        }
    }

    @Test("PUT then GET gives back the state byte for byte, raw or wrapped in {\"state\": …}", arguments: [false, true])
    func exactRoundTrip(wrapped: Bool) async throws {
        let state = #"{"bookmarks":{"Invoices":{"replication_key":"seq","replication_key_value":12345678901234567890},"Rates":{"replication_key_value":1.10,"note":"caf\u00e9 \"quoted\""},"Big":1e400},"summary":[]}"#
        try await withEmulator { (emulator, client) async throws in
            let path = client.v2("acme", "/linkedConnectors/state?connector_id=hubspot")
            let body = wrapped ? #"{"state": "# + state + "}" : state
            let put = try await client.send(.PUT, path, body: body)
            #expect(put.status == 200)
            let get = try await client.get(path)
            #expect(get.status == 200)
            #expect(get.body == state)
            #expect(await emulator.world.stateText(tenant: "acme", connector: "hubspot") == state)
        }
    }

    @Test("pretty-printed input comes back compact with every number's text unchanged")
    func prettyInput() async throws {
        try await withEmulator { (_, client) async throws in
            let path = client.v2("acme", "/linkedConnectors/state?connector_id=quickbooks")
            let pretty = "{\n  \"bookmarks\": {\n    \"Vendors\": {\n      \"replication_key_value\": 12345678901234567890,\n      \"v\": 1.10\n    }\n  }\n}"
            #expect(try await client.send(.PUT, path, body: pretty).status == 200)
            #expect(try await client.get(path).body == #"{"bookmarks":{"Vendors":{"replication_key_value":12345678901234567890,"v":1.10}}}"#)
        }
    }

    @Test("non-object states are stored as they are")
    func nonObjectState() async throws {
        try await withEmulator { (_, client) async throws in
            let path = client.v2("acme", "/linkedConnectors/state?connector_id=quickbooks")
            #expect(try await client.send(.PUT, path, body: "[1.50, \"x\"]").status == 200)
            #expect(try await client.get(path).body == #"[1.50,"x"]"#)
        }
    }

    @Test("DELETE clears the state; GET then answers 404 NotFoundError")
    func deleteState() async throws {
        try await withEmulator { (emulator, client) async throws in
            let path = client.v2("acme", "/linkedConnectors/state?connector_id=salesforce")
            #expect(try await client.send(.DELETE, path).status == 200)
            let get = try await client.get(path)
            #expect(get.status == 404)
            #expect(get.chalice.code == "NotFoundError")
            #expect(get.chalice.message == "No state found for connector salesforce of tenant acme")
            #expect(await emulator.world.state(tenant: "acme", connector: "salesforce") == nil)
        }
    }

    @Test("state errors: unknown connector 404, missing connector_id 400, invalid JSON 400")
    func errors() async throws {
        try await withEmulator { (_, client) async throws in
            let unknown = try await client.get(client.v2("acme", "/linkedConnectors/state?connector_id=nope"))
            #expect(unknown.status == 404)
            let putUnknown = try await client.send(.PUT, client.v2("acme", "/linkedConnectors/state?connector_id=nope"), body: "{}")
            #expect(putUnknown.status == 404)
            let missing = try await client.get(client.v2("acme", "/linkedConnectors/state"))
            #expect(missing.status == 400)
            let invalid = try await client.send(
                .PUT, client.v2("acme", "/linkedConnectors/state?connector_id=salesforce"), body: #"{"bookmarks": "#)
            #expect(invalid.status == 400)
            #expect(invalid.chalice.message?.hasPrefix("Request body is not valid JSON: line 1") == true)
        }
    }

    @Test("the world's setState is visible over HTTP")
    func worldSetState() async throws {
        try await withEmulator { (emulator, client) async throws in
            let state = try JSONValue.parse(#"{"bookmarks":{"x":{"last_record":"2024-01-01"}}}"#)
            await emulator.world.setState(state, tenant: "acme", connector: "hubspot")
            let answer = try await client.get(client.v2("acme", "/linkedConnectors/state?connector_id=hubspot"))
            #expect(answer.body == state.compact())
        }
    }
}
