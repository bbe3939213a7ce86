import Foundation
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// Every client function against the emulator over real HTTP.
@Suite("Client endpoints")
struct ClientEndpointTests {
    @Test func listsTenantsAndConnectorCatalogues() async throws {
        try await withEmulator { emulator, client in
            let tenants = try await client.listTenants()
            #expect(tenants.contains(acme))
            #expect(tenants.map(\.rawValue) == (await emulator.world.tenantIDs()))
            let available = try await client.availableConnectors()
            #expect(available.count >= 10)
            #expect(available.allSatisfy { $0.type == .oauth || $0.type == .api })
            let supported = try await client.supportedConnectors()
            #expect(!supported.isEmpty)
            #expect(Set(supported.map(\.id)).isSubset(of: Set(available.map(\.id))))
        }
    }

    @Test func listsLinkedConnectorsWithAndWithoutConfigAndCatalog() async throws {
        try await withEmulator { _, client in
            let plain = try await client.listLinkedConnectors(tenant: acme)
            #expect(plain.count >= 3)
            #expect(plain.allSatisfy { $0.config == nil && $0.catalog == nil })
            let full = try await client.listLinkedConnectors(tenant: acme, includeConfig: true, includeCatalog: true)
            #expect(full.map(\.id) == plain.map(\.id))
            let withConfig = try #require(full.first { $0.config != nil })
            let masked = SecretMasking.masked(try #require(withConfig.config))
            #expect(masked.compact().contains(SecretMasking.mask))
            #expect(full.contains { ($0.catalogSummary?.streams.count ?? 0) > 0 })
        }
    }

    @Test func linksUpdatesAndUnlinksAConnector() async throws {
        try await withEmulator { _, client in
            let tenant = TenantID("newco")
            let connector = try #require(try await client.supportedConnectors().first).id
            let linked = try await client.linkConnector(
                tenant: tenant,
                LinkConnectorRequest(connector: connector, config: ["api_key": "k-1", "start_date": "2024-01-01"]))
            #expect(linked?.id == connector)
            #expect(try await client.listLinkedConnectors(tenant: tenant).map(\.id) == [connector])

            try await client.updateConnector(
                tenant: tenant, UpdateConnectorRequest(connector: connector, config: ["start_date": "2024-05-01"]))
            let config = try #require(
                try await client.listLinkedConnectors(tenant: tenant, includeConfig: true).first?.config)
            #expect(config["start_date"] == "2024-05-01")
            #expect(config["api_key"] == "k-1")  // the merge kept what was not sent

            try await client.unlinkConnector(tenant: tenant, connector: connector)
            #expect(try await client.listLinkedConnectors(tenant: tenant).isEmpty)
            let again = await expectAPIError { () async throws(APIError) in
                try await client.unlinkConnector(tenant: tenant, connector: connector)
            }
            #expect(again?.category == .notFound)
        }
    }

    @Test func discoveryRunsUntilItIsNoLongerRunning() async throws {
        let settings = testSettings()
        try await withEmulator(settings: settings) { _, client in
            let connector = try await firstConnector(client).id
            try await client.triggerDiscover(tenant: acme, connector: connector)
            #expect(try await client.pollDiscover(tenant: acme, connector: connector) == .running)
            settings.clock.advance(by: settings.discoverDuration + .seconds(1))
            let finished = try await client.pollDiscover(tenant: acme, connector: connector)
            #expect(finished.isFinished)
            #expect(finished != .none)
        }
    }

    @Test func readsWritesAndDeletesState() async throws {
        try await withEmulator { emulator, client in
            let connector = try await firstConnector(client).id
            let state: JSONValue = ["bookmarks": ["Account": ["replication_key_value": "2024-05-01T00:00:00Z"]]]
            try await client.setState(tenant: acme, connector: connector, state: state)
            #expect(try await client.getState(tenant: acme, connector: connector) == state)
            #expect(await emulator.world.state(tenant: acme.rawValue, connector: connector.rawValue) == state)
            try await client.deleteState(tenant: acme, connector: connector)
            #expect(try await client.getState(tenant: acme, connector: connector) == nil)
            let unknown = await expectAPIError { () async throws(APIError) in
                try await client.getState(tenant: acme, connector: "no-such-connector")
            }
            #expect(unknown?.category == .notFound)
        }
    }

    @Test func runsAJobAndFollowsItToTheEnd() async throws {
        let settings = testSettings()
        try await withEmulator(settings: settings) { _, client in
            let connector = try await firstConnector(client).id
            let job = try await client.runJob(
                tenant: acme, RunJobRequest(connector: connector, jobName: "test run", ignoreParallelJobs: true))
            #expect(job.status == .jobCreated)
            #expect(job.connector == connector)
            #expect(job.flow == FlowID(settings.flowID))
            let root = try #require(job.jobRoot)
            let polled = try await client.pollJob(tenant: acme, jobRoot: root)
            #expect(polled.id == job.id)
            #expect(polled.flow == FlowID(settings.flowID))
            settings.clock.advance(by: settings.jobStageDuration * 10)
            let done = try await client.pollJob(tenant: acme, jobRoot: root)
            #expect(done.status.isTerminal)
            #expect(done.startTime != nil)
            let listed = try await client.listJobs(tenant: acme, count: 3)
            #expect(listed.count <= 3)
            #expect(listed.first?.id == job.id)  // newest first
        }
    }

    @Test func filtersJobsByFailure() async throws {
        try await withEmulator { _, client in
            let all = try await client.listJobs(tenant: acme)
            #expect(all.contains { $0.status.isFailure })
            let failed = try await client.listJobs(tenant: acme, status: .anyFailure)
            #expect(!failed.isEmpty)
            #expect(failed.allSatisfy { $0.status.isFailure })
        }
    }

    @Test func listsFlowsAndReadsTenantConfig() async throws {
        try await withEmulator { emulator, client in
            let flows = try await client.listSupportedFlows()
            #expect(flows.map(\.id).contains(FlowID(emulator.settings.flowID)))
            let linked = try await client.listLinkedFlows(tenant: acme)
            #expect(linked.map(\.id).contains(FlowID(emulator.settings.flowID)))
            // The emulator always gives acme a config; an unknown tenant has none, which is an answer, not an error.
            let config = try #require(try await client.tenantConfig(tenant: acme))
            #expect(config["tenant"] == "acme")
            #expect(config["name"] == "Acme Inc.")
            #expect(try await client.tenantConfig(tenant: "tenant-without-config") == nil)
        }
    }

    @Test func readsJobLogsFromTheEmulatorExtension() async throws {
        let settings = testSettings()
        try await withEmulator(settings: settings) { _, client in
            let connector = try await firstConnector(client).id
            let job = try await client.runJob(
                tenant: acme, RunJobRequest(connector: connector, ignoreParallelJobs: true))
            settings.clock.advance(by: settings.jobStageDuration * 2)
            let root = try #require(job.jobRoot)
            let firstAnswer = try await client.jobLogs(tenant: acme, jobRoot: root)
            guard case .page(let first) = firstAnswer else { try wrongCase(firstAnswer, expected: ".page") }
            #expect(!first.lines.isEmpty)
            #expect(first.nextOffset == first.lines.count)
            settings.clock.advance(by: settings.jobStageDuration * 10)
            let restAnswer = try await client.jobLogs(tenant: acme, jobRoot: root, offset: first.nextOffset)
            guard case .page(let rest) = restAnswer else { try wrongCase(restAnswer, expected: ".page") }
            #expect(rest.lines.first?.offset == first.nextOffset)
            #expect(rest.isComplete == true)
        }
    }

    @Test func reportsMissingJobLogsAsUnavailable() async throws {
        try await withEmulator { emulator, client in
            // A server without the extension: the route answers 404, as the real API does.
            emulator.faults.add(FaultRule(.status(404), route: .pathContains("/jobs/logs")))
            let result = try await client.jobLogs(tenant: acme, jobRoot: "acme/flows/x/jobs/2024/05/4/01/00/abc")
            #expect(result == .unavailable)
        }
    }
}
