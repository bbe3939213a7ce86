import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Deterministic world")
struct DeterminismTests {
    /// Everything the API shows of a world, as text.
    private func snapshot(seed: UInt64) async throws -> String {
        var text = ""
        try await withEmulator(manualSettings(seed: seed)) { (_, client) async throws in
            let tenants = try await client.get("/tenants/\(client.env)")
            text += tenants.body
            for tenant in try tenants.json.arrayValue?.compactMap(\.stringValue) ?? [] {
                text += try await client.get(client.v2(tenant, "/linkedConnectors?config=true&catalog=true")).body
                text += try await client.get(client.plain(tenant, "/jobs")).body
                for connector in try await client.get(client.v2(tenant, "/linkedConnectors")).json.arrayValue ?? [] {
                    let id = connector["id"]?.stringValue ?? ""
                    text += try await client.get(client.v2(tenant, "/linkedConnectors/state?connector_id=\(id)")).body
                }
            }
            text += try await client.get("/v2/\(client.env)/\(client.flow)/supportedConnectors").body
        }
        return text
    }

    @Test("the same seed gives the same world; another seed another")
    func sameSeedSameWorld() async throws {
        let first = try await snapshot(seed: 42)
        let second = try await snapshot(seed: 42)
        let other = try await snapshot(seed: 43)
        #expect(first == second)
        #expect(first != other)
    }

    @Test("the same calls create the same jobs")
    func sameJobs() async throws {
        func jobIDs() async throws -> [String] {
            var ids: [String] = []
            try await withEmulator { (_, client) async throws in
                for connector in ["salesforce", "hubspot"] {
                    let job = try await client.sendJSON(
                        .POST, client.v2("acme", "/jobs"),
                        ["connector_id": .string(JSONString(connector)), "job_type": "read", "ignore_parallel_jobs": true])
                    ids.append(try job.json["job_id"]?.stringValue ?? "")
                }
            }
            return ids
        }
        let first = try await jobIDs()
        #expect(first == (try await jobIDs()))
        #expect(Set(first).count == 2)
    }

    @Test("the world has the promised contents")
    func contents() async throws {
        try await withEmulator { (emulator, _) async throws in
            let tenants = await emulator.world.tenantIDs()
            #expect(tenants.first == "acme")
            #expect(tenants.count == 13)
            #expect(tenants.contains("default"))
            #expect(tenants.contains("acme_eu"))
            let acme = await emulator.world.linkedConnectors(tenant: "acme")
            #expect(acme.count >= 3)
            let jobs = await emulator.world.jobs(tenant: "acme")
            #expect(jobs.contains { $0["status"]?.stringValue?.hasSuffix("_FAILED") == true })
            #expect(await emulator.world.stateText(tenant: "acme", connector: "salesforce")?.contains("12345678901234567890") == true)
        }
    }
}
