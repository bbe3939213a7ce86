import Foundation
import GlueApp
import GlueCore
import GlueUI
import HotglueAPI
import HotglueEmulator
import HotglueModels
import Testing

/// The runtime without a terminal, against the emulator over real HTTP: scripted keys in, frames out.
@Suite("Dashboard session against the emulator", .serialized)
struct SessionWithEmulatorTests {
    final class Harness {
        let emulator: RunningEmulator
        let client: HotglueClient
        let session: DashboardSession

        init(size: Size = Size(width: 120, height: 40)) async throws {
            var settings = EmulatorSettings()
            settings.liveDemo = true
            settings.jobStageDuration = .milliseconds(400)
            settings.discoverDuration = .seconds(1)
            emulator = try await HotglueEmulatorServer.start(settings)
            client = HotglueClient(configuration: HotglueConfiguration(
                baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
                apiKey: Secret(settings.apiKey),
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20), maxTotalWait: .seconds(1))))
            let model = Model(connection: ConnectionInfo(profile: "demo", host: "127.0.0.1", envID: settings.envID,
                                                         flowID: settings.flowID, isDemo: true),
                              size: size, now: Date())
            session = DashboardSession(model: model, source: HotglueDataSource(client: client), mailbox: Mailbox(wakeup: nil))
            session.start()
        }

        func frame() -> String { view(session.model, theme: .default).text }

        /// Processes mailbox messages until `condition` holds on the model.
        func until(_ what: String, timeout: Duration = .seconds(60), _ condition: (Model) -> Bool) async throws {
            try await session.processUntil(what, timeout: timeout, describe: { "the screen was:\n\(frame())" }, condition)
        }

        func press(_ keys: Key...) {
            session.process(keys.map(Msg.key))
        }

        func close() async throws {
            session.stop()
            await client.shutdown()
            try await emulator.shutdown()
        }
    }

    @Test("first load fills tenants, connectors, state and jobs, and the screen shows them")
    func firstLoad() async throws {
        let harness = try await Harness()
        try await harness.until("acme's connectors and jobs") {
            $0.connectors.tenant == "acme" && !$0.connectors.all.isEmpty && !$0.jobs.all.isEmpty
                && $0.state.document != nil
        }
        let screen = harness.frame()
        #expect(screen.contains("acme"))
        for connector in harness.session.model.connectors.all.prefix(3) {
            #expect(screen.contains(connector.id.rawValue))
        }
        try await harness.close()
    }

    @Test("moving to another tenant shows its connectors; the old tenant's pollers stop")
    func switchTenant() async throws {
        let harness = try await Harness()
        try await harness.until("tenants") { !$0.tenants.all.isEmpty && $0.connectors.load.hasData }
        harness.press(.character("j"))
        let second = try #require(harness.session.model.tenants.selected)
        #expect(second != "acme")
        try await harness.until("\(second)'s connectors") { $0.connectors.tenant == second && $0.connectors.load.hasData }
        #expect(!harness.session.activeSubscriptions.contains(.connectors("acme")))
        #expect(harness.session.activeSubscriptions.contains(.connectors(second)))
        let expected = try await harness.client.listLinkedConnectors(tenant: second).map(\.id)
        #expect(harness.session.model.connectors.all.map(\.id) == expected)
        try await harness.close()
    }

    @Test("a running job's status moves on screen without a key press")
    func jobMoves() async throws {
        let harness = try await Harness()
        try await harness.until("a job") { $0.jobs.selected != nil }
        let first = try #require(harness.session.model.jobs.selected)
        try await harness.until("the job's status to change", timeout: .seconds(15)) {
            guard let job = $0.jobs.selected, job.jobRoot == first.jobRoot else { return false }
            return job.status != first.status
        }
        try await harness.close()
    }

    @Test("d starts a discovery at the emulator; the pane follows it to its end and shows the new catalog")
    func discover() async throws {
        let harness = try await Harness()
        try await harness.until("acme's first connector") { $0.connectors.selectedRef != nil }
        harness.press(.tab, .character("j"))
        let ref = try #require(harness.session.model.connectors.selectedRef)
        try await harness.until("the discover status") { $0.discover.run?.status != nil && $0.discover.run?.connector == ref }
        harness.press(.character("d"))
        try await harness.until("the discovery to run") { $0.discover.run?.isRunning == true }
        try await harness.until("the discovery to end and its catalog", timeout: .seconds(15)) {
            guard let run = $0.discover.run, !run.isRunning else { return false }
            return run.finishedAt != nil && (run.catalog != nil || run.status != .succeeded)
        }
        let triggers = await harness.emulator.requests().filter { $0.path.hasSuffix("/linkedConnectors/discover") }
        #expect(triggers.count == 1)
        #expect(triggers.first?.query["connector_id"] == ref.connector.rawValue)
        try await harness.close()
    }

    @Test("an unreachable API leaves the data on screen, marked stale, and recovers by itself")
    func staleAndRecover() async throws {
        let harness = try await Harness()
        try await harness.until("tenants") { $0.tenants.load.hasData }
        let rule = harness.emulator.faults.add(FaultRule(.status(503), route: .pathPrefix("/tenants")))
        harness.press(.character("R"))
        try await harness.until("stale tenants", timeout: .seconds(30)) { $0.tenants.load.isStale }
        #expect(harness.session.model.staleSince != nil)
        #expect(!harness.session.model.tenants.all.isEmpty)
        harness.emulator.faults.remove(rule)
        harness.press(.character("R"))
        try await harness.until("live again", timeout: .seconds(30)) { !$0.tenants.load.isStale }
        try await harness.close()
    }
}
