import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Connectors, tenants, flows, tenant config, unknown routes")
struct EnvironmentEndpointTests {
    @Test("available connectors carry the settings fields; supported ones are a subset")
    func connectorSettings() async throws {
        try await withEmulator { (_, client) async throws in
            let available = try #require(try await client.get("/v2/\(client.env)/availableConnectors").json.arrayValue)
            #expect(available.count >= 12)
            for connector in available {
                for field in ["id", "label", "type", "icon", "domain", "tags", "isSource", "isTarget"] {
                    #expect(connector[field] != nil, "missing \(field)")
                }
            }
            let supported = try #require(try await client.get("/v2/\(client.env)/\(client.flow)/supportedConnectors").json.arrayValue)
            let availableIDs = Set(available.compactMap { $0["id"]?.stringValue })
            let supportedIDs = supported.compactMap { $0["id"]?.stringValue }
            #expect(supportedIDs.count < availableIDs.count)
            #expect(Set(supportedIDs).isSubset(of: availableIDs))
            #expect(Set(supportedIDs).isSuperset(of: ["salesforce", "hubspot", "quickbooks"]))
        }
    }

    @Test("tenants are a flat array of ids")
    func tenants() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.get("/tenants/\(client.env)")
            let ids = try #require(try answer.json.arrayValue)
            #expect(ids.allSatisfy { $0.stringValue != nil })
            #expect(ids.first == "acme")
        }
    }

    @Test("flows: supported, and linked for a tenant with connectors")
    func flows() async throws {
        try await withEmulator { (_, client) async throws in
            let supported = try await client.get("/\(client.env)/flows/supported").json
            #expect(supported[0]?["id"]?.stringValue == client.flow)
            #expect(supported[0]?["name"]?.stringValue?.isEmpty == false)
            let linked = try await client.get("/\(client.env)/flows/linked?tenant_id=acme").json
            #expect(linked == supported)
            #expect(try await client.get("/\(client.env)/flows/linked?tenant_id=nobody").body == "[]")
            #expect(try await client.get("/\(client.env)/flows/linked").status == 400)
        }
    }

    @Test("tenant config: an object for acme, 404 for a tenant without one")
    func tenantConfig() async throws {
        try await withEmulator { (_, client) async throws in
            let acme = try await client.get("/tenant/\(client.env)/acme/config")
            #expect(acme.status == 200)
            #expect(try acme.json["tenant"]?.stringValue == "acme")
            let none = try await client.get("/tenant/\(client.env)/nobody/config")
            #expect(none.status == 404)
            #expect(none.chalice.message == "no config for the tenant nobody")
        }
    }

    @Test("unknown environments, flows and routes are Chalice 404s")
    func notFound() async throws {
        try await withEmulator { (_, client) async throws in
            let env = try await client.get("/tenants/other.env")
            #expect(env.status == 404)
            #expect(env.chalice.message == "Environment other.env not found")
            let flow = try await client.get("/v2/\(client.env)/otherflow/acme/linkedConnectors")
            #expect(flow.status == 404)
            #expect(flow.chalice.code == "NotFoundError")
            let route = try await client.get("/no/such/route/here/at/all")
            #expect(route.status == 404)
            #expect(route.chalice.code == "NotFoundError")
        }
    }

    @Test("a known path with another method is 405 MethodNotAllowedError with Allow")
    func methodNotAllowed() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.send(.PUT, client.v2("acme", "/linkedConnectors"))
            #expect(answer.status == 405)
            #expect(answer.chalice.code == "MethodNotAllowedError")
            #expect(answer.headers.first(name: "allow") == "GET, POST, PATCH, DELETE")
            let jobs = try await client.get(client.v2("acme", "/jobs"))
            #expect(jobs.status == 405)
            #expect(jobs.headers.first(name: "allow") == "POST")
        }
    }
}
