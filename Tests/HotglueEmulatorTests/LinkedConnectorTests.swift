import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("linkedConnectors: list, link, update, unlink")
struct LinkedConnectorTests {
    @Test("the listing hides config and catalog unless asked for")
    func listing() async throws {
        try await withEmulator { (_, client) async throws in
            let plain = try await client.get(client.v2("acme", "/linkedConnectors")).json
            let connectors = try #require(plain.arrayValue)
            #expect(connectors.count >= 3)
            #expect(connectors.prefix(3).compactMap { $0["id"]?.stringValue } == ["salesforce", "hubspot", "quickbooks"])
            for connector in connectors {
                #expect(connector["config"] == nil)
                #expect(connector["catalog"] == nil)
                #expect(connector["label"]?.stringValue != nil)
                #expect(connector["type"]?.stringValue == "oauth" || connector["type"]?.stringValue == "api")
            }
            let full = try await client.get(client.v2("acme", "/linkedConnectors?config=true&catalog=true")).json
            let salesforce = try #require(full[0])
            #expect(salesforce["config"]?["access_token"]?.stringValue?.isEmpty == false)
            #expect(salesforce["catalog"]?["streams"]?.arrayValue?.isEmpty == false)
        }
    }

    @Test("an unknown tenant has no linked connectors")
    func unknownTenant() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.get(client.v2("nobody-here", "/linkedConnectors"))
            #expect(answer.status == 200)
            #expect(answer.body == "[]")
        }
    }

    @Test("linking under a new tenant id creates the tenant and answers the connector")
    func linkCreatesTenant() async throws {
        try await withEmulator { (emulator, client) async throws in
            let supported = try await client.get("/v2/\(client.env)/\(client.flow)/supportedConnectors").json
            let connectorID = try #require(supported.arrayValue?.last?["id"]?.stringValue)
            let request: JSONValue = [
                "connector": ["id": .string(JSONString(connectorID)), "config": ["api_key": "sk_test_123", "account": "newco"]],
                "schedule": ["schedule_expression": "rate(1 day)", "state": "ENABLED"],
                "field_map": ["charges": ["amount": "total"]],
            ]
            let answer = try await client.sendJSON(.POST, client.v2("newco", "/linkedConnectors"), request)
            #expect(answer.status == 200)
            let linked = try answer.json
            #expect(linked["id"]?.stringValue == connectorID)
            #expect(linked["config"]?["account"]?.stringValue == "newco")
            #expect(await emulator.world.tenantIDs().contains("newco"))
            let listed = try await client.get(client.v2("newco", "/linkedConnectors")).json
            #expect(listed.arrayValue?.count == 1)
            #expect(listed[0]?["fieldMap"]?["charges"]?["amount"]?.stringValue == "total")
            let tenants = try await client.get("/tenants/\(client.env)").json
            #expect(tenants.arrayValue?.contains("newco") == true)
        }
    }

    @Test("link refuses bodies that are not JSON, lack a connector, or name an unsupported connector", arguments: [
        ("{not json", "Request body is not valid JSON"),
        ("[1, 2]", "Request body must be a JSON object, got an array"),
        (#"{"schedule": {}}"#, "Missing required field: connector"),
        (#"{"connector": {"config": {}}}"#, "Missing required field: id"),
        (#"{"connector": {"id": 7}}"#, "Field id must be a non-empty string, got a number"),
        (#"{"connector": {"id": "salesforce", "config": "x"}}"#, "Field config must be an object, got a string"),
        (#"{"connector": {"id": "no-such-connector"}}"#, "Connector no-such-connector is not supported by flow l8odS2mce"),
        (#"{"connector": {"id": "salesforce"}, "schedule": {"state": "SOMETIMES"}}"#,
         #"Field state of schedule must be ENABLED or DISABLED, got "SOMETIMES""#),
    ])
    func linkBadBodies(body: String, message: String) async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.send(.POST, client.v2("acme", "/linkedConnectors"), body: body)
            #expect(answer.status == 400)
            #expect(answer.chalice.code == "BadRequestError")
            #expect(answer.chalice.message?.hasPrefix(message) == true, "\(answer.body)")
        }
    }

    @Test("PATCH merges config at the top level: keys sent replace, keys not sent survive")
    func patchMerges() async throws {
        try await withEmulator { (emulator, client) async throws in
            let before = try #require(await emulator.world.linkedConnectors(tenant: "acme").first)
            let oldRefresh = try #require(before["config"]?["refresh_token"])
            let patch: JSONValue = [
                "connector_id": "salesforce",
                "config": ["access_token": "new-token", "sandbox": true],
                "field_map": ["Contact": ["Email": "email"]],
            ]
            let answer = try await client.sendJSON(.PATCH, client.v2("acme", "/linkedConnectors"), patch)
            #expect(answer.status == 200)
            let after = try #require(await emulator.world.linkedConnectors(tenant: "acme").first)
            #expect(after["config"]?["access_token"]?.stringValue == "new-token")
            #expect(after["config"]?["sandbox"]?.boolValue == true)
            #expect(after["config"]?["refresh_token"] == oldRefresh)
            #expect(after["config"]?["client_secret"] == before["config"]?["client_secret"])
            #expect(after["fieldMap"]?["Contact"]?["Email"]?.stringValue == "email")
        }
    }

    @Test("PATCH errors: unknown connector 404, missing connector_id 400")
    func patchErrors() async throws {
        try await withEmulator { (_, client) async throws in
            let unknown = try await client.sendJSON(.PATCH, client.v2("acme", "/linkedConnectors"), ["connector_id": "zzz"])
            #expect(unknown.status == 404)
            #expect(unknown.chalice.code == "NotFoundError")
            #expect(unknown.chalice.message == "Connector zzz is not linked for tenant acme")
            let missing = try await client.sendJSON(.PATCH, client.v2("acme", "/linkedConnectors"), ["config": [:]])
            #expect(missing.status == 400)
            #expect(missing.chalice.message == "Missing required field: connector_id")
        }
    }

    @Test("DELETE ?connector_id= unlinks; unknown id 404; missing id 400")
    func unlink() async throws {
        try await withEmulator { (_, client) async throws in
            let path = client.v2("acme", "/linkedConnectors")
            #expect(try await client.send(.DELETE, path + "?connector_id=hubspot").status == 200)
            let ids = try await client.get(path).json.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            #expect(!ids.contains("hubspot"))
            #expect(ids.contains("salesforce"))
            let again = try await client.send(.DELETE, path + "?connector_id=hubspot")
            #expect(again.status == 404)
            #expect(again.chalice.code == "NotFoundError")
            let missing = try await client.send(.DELETE, path)
            #expect(missing.status == 400)
            #expect(missing.chalice.message == "Missing required query parameter: connector_id")
        }
    }

    @Test("bad query flags are 400")
    func badFlag() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.get(client.v2("acme", "/linkedConnectors?config=maybe"))
            #expect(answer.status == 400)
            #expect(answer.chalice.code == "BadRequestError")
        }
    }
}
