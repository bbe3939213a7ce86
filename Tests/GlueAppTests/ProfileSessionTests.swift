import Foundation
import TestSupport
@testable import GlueApp
import GlueCore
import HotglueAPI
import HotglueEmulator
import HotglueModels
import Testing

/// `:profile` in a running session, against two emulators over real HTTP: the pollers move to the new client.
@Suite("Switching profiles in a session", .serialized)
struct ProfileSessionTests {
    final class Harness {
        let staging: RunningEmulator
        let prod: RunningEmulator
        let session: DashboardSession
        let clients = DashboardClients()
        let scratch: ConfigScratch

        /// `stagingFaults`: staging's emulator injects them; `journal`: changes are journaled there, under the
        /// profile each was made in.
        init(prodKeyVariable: String = "PROD_KEY", stagingFaults: [FaultRule] = [], journal: JournalFile? = nil) async throws {
            var stagingSettings = EmulatorSettings()
            stagingSettings.seed = 1
            stagingSettings.envID = "staging.hg.example.com"
            stagingSettings.apiKey = "staging-key"
            stagingSettings.tenantCount = 3
            stagingSettings.faults = stagingFaults
            var prodSettings = EmulatorSettings()
            prodSettings.seed = 2
            prodSettings.envID = "prod.hg.example.com"
            prodSettings.apiKey = "prod-key"
            prodSettings.tenantCount = 5
            staging = try await HotglueEmulatorServer.start(stagingSettings)
            prod = try await HotglueEmulatorServer.start(prodSettings)
            scratch = try ConfigScratch()
            let path = try scratch.write("config.yaml", """
                default_profile: staging
                profiles:
                  staging:
                    base_url: \(staging.baseURL)
                    env_id: staging.hg.example.com
                    flows: [\(stagingSettings.flowID)]
                    api_key: env:STAGING_KEY
                  prod:
                    base_url: \(prod.baseURL)
                    env_id: prod.hg.example.com
                    flows: [\(prodSettings.flowID)]
                    api_key: env:\(prodKeyVariable)
                    production: true
                    readonly: true
                """)
            let environment = ["STAGING_KEY": "staging-key", "PROD_KEY": "prod-key"]
            let config = try ConfigLoader.load(path: path, environment: environment)
            let resolver = SecretResolver(environment: environment)
            let start = try ProfileResolver.resolve(ProfileRequest(), config: config, resolver: resolver)
            let client = HotglueClient(configuration: start.configuration)
            clients.add(client)
            var model = Model(connection: start.connection, size: Size(width: 120, height: 40), now: Date())
            model.availableProfiles = config.profileNames
            let switcher = ConfigProfileSwitcher(config: config, readOnly: false, resolver: resolver, journalFile: journal,
                                                 clients: clients)
            let changes = journal.map {
                ChangeJournal(file: $0, origin: "dashboard", profile: start.name, envID: start.connection.envID,
                              flowID: start.connection.flowID)
            }
            session = DashboardSession(model: model, source: HotglueDataSource(client: client, journal: changes),
                                       mailbox: Mailbox(wakeup: nil), profileSwitcher: switcher)
            session.start()
        }

        func until(_ what: String, timeout: Duration = .seconds(60), _ condition: (Model) -> Bool) async throws {
            try await session.processUntil(what, timeout: timeout, describe: { "the model's tenants: \(session.model.tenants.all)" }, condition)
        }

        /// Processes the session until `emulator` logged a request that `matches`; on a time-out records what
        /// it did log, and throws.
        func untilRequest(to emulator: RunningEmulator, _ what: String, timeout: Duration = .seconds(60),
                          _ matches: (RecordedRequest) -> Bool,
                          orCount: ([RecordedRequest]) -> Bool = { _ in false }) async throws {
            let seen = await poll(upTo: timeout) {
                session.process([])
                let requests = await emulator.requests()
                return requests.contains(where: matches) || orCount(requests)
            }
            if seen { return }
            Issue.record("timed out waiting for \(what); logged: \(await emulator.requests().map(\.path))")
            throw CancellationError()
        }

        func command(_ text: String) {
            session.process([.key(.character(":"))] + text.map { .key(.character($0)) } + [.key(.enter)])
        }

        func close() async throws {
            session.stop()
            await clients.shutdownAll()
            try await staging.shutdown()
            try await prod.shutdown()
        }
    }

    static func tenants(of emulator: RunningEmulator) async throws -> [TenantID] {
        let client = HotglueClient(configuration: HotglueConfiguration(
            baseURL: emulator.baseURL, environment: EnvironmentID(emulator.settings.envID),
            flow: FlowID(emulator.settings.flowID), apiKey: Secret(emulator.settings.apiKey)))
        defer { Task { await client.shutdown() } }
        return try await client.listTenants()
    }

    @Test(":profile prod moves the pollers to prod's client: prod's tenants, its marks, staging no longer asked")
    func switches() async throws {
        let harness = try await Harness()
        let stagingTenants = Set(try await Self.tenants(of: harness.staging))
        let prodTenants = Set(try await Self.tenants(of: harness.prod))
        #expect(stagingTenants != prodTenants)
        try await harness.until("staging's tenants and connectors") {
            Set($0.tenants.all) == stagingTenants && $0.connectors.load.hasData
        }
        harness.session.process([.key(.character("j"))])
        harness.command("profile prod")
        try await harness.until("prod's tenants") {
            $0.connection.profile == "prod" && Set($0.tenants.all) == prodTenants
        }
        let model = harness.session.model
        #expect(model.connection.production && model.connection.readOnly)
        #expect(model.connection.envID == "prod.hg.example.com")
        #expect(model.tenants.list.selected == 0)
        // Once the switch settled, R asks prod again, and staging hears nothing more. Tenants are polled every
        // 30 s, so a tenants request in prod's cleared log within the wait comes from R.
        try await harness.until("prod's connectors") { $0.connectors.load.hasData }
        await harness.staging.clearRequests()
        await harness.prod.clearRequests()
        harness.session.process([.key(.character("R"))])
        try await harness.untilRequest(to: harness.prod, "prod's tenants asked again by R") {
            $0.path.hasPrefix("/tenants/")
        }
        #expect(await harness.staging.requests().isEmpty)
        // And staging's pollers are gone, not only quiet: once a whole 5 s connectors interval has passed at prod
        // (R's poll, then the interval's), staging has still heard nothing.
        try await harness.untilRequest(to: harness.prod, "a second connectors poll at prod", timeout: .seconds(30)) { _ in
            false
        } orCount: { requests in
            // The connectors list (the catalog's load asks the same path with catalog=true).
            requests.filter { $0.method == "GET" && $0.path.hasSuffix("/linkedConnectors") && $0.query["catalog"] == nil }
                .count >= 2
        }
        #expect(await harness.staging.requests().isEmpty, "staging's pollers were cancelled with its profile")
        try await harness.close()
    }

    @Test("a profile whose key cannot be read is not opened; the session stays where it was")
    func failedSwitch() async throws {
        let harness = try await Harness(prodKeyVariable: "MISSING_KEY")
        try await harness.until("staging's tenants") { !$0.tenants.all.isEmpty }
        let before = harness.session.model.tenants.all
        harness.command("profile prod")
        try await harness.until("the failure") { $0.activity.notice?.hasPrefix("profile prod not opened") == true }
        #expect(harness.session.model.activity.notice == "profile prod not opened: profile prod: api_key: environment variable MISSING_KEY is not set (or empty)")
        #expect(harness.session.model.connection.profile == "staging")
        #expect(harness.session.model.tenants.all == before)
        try await harness.close()
    }

    @Test("a change answered after :profile switched updates nothing on screen and is journaled under its own profile")
    func lateAnswerDropped() async throws {
        let journalPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("gluetop-journal-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: journalPath) }
        // Staging answers a job start only after 6 s: long enough to switch profiles while it is on its way.
        let slowJobStart = FaultRule(.latency(.seconds(6)), route: .pathContains("jobs"), method: "POST")
        let harness = try await Harness(stagingFaults: [slowJobStart], journal: JournalFile(path: journalPath))
        try await harness.until("staging's connectors") { $0.connectors.selectedRef != nil }
        let ref = try #require(harness.session.model.connectors.selectedRef)

        harness.session.process([.key(.character("r"))])
        harness.session.process([.key(.enter)])
        // The intent is journaled before the request leaves.
        let journal = JournalFile(path: journalPath)
        try await harness.until("the job start's intent in the journal") { _ in
            ((try? journal.read().entries) ?? []).contains { $0.action == "job.run" && $0.outcome == .pending }
        }
        #expect(harness.session.changesInFlight.current == 1)

        harness.command("profile prod")
        try await harness.until("prod's tenants") { $0.connection.profile == "prod" && $0.tenants.load.hasData }
        try #require(harness.session.changesInFlight.current == 1, "the answer must come after the switch")
        let noticeAfterSwitch = harness.session.model.activity.notice

        // The answer arrives (the performer journals it, posts it, then counts it done), and the loop goes on.
        _ = await poll(upTo: .seconds(30)) {
            harness.session.process([])
            return harness.session.changesInFlight.current == 0
        }
        #expect(harness.session.changesInFlight.current == 0, "the job start was answered")
        harness.session.process([])

        let model = harness.session.model
        #expect(model.connection.profile == "prod")
        #expect(model.activity.notice == noticeAfterSwitch, "the staging answer said nothing on prod's screen")
        #expect(!(model.activity.notice ?? "").contains("started"))
        let entries = try journal.read().entries.filter { $0.action == "job.run" }
        let entry = try #require(entries.last)
        #expect(entries.count == 1)
        #expect(entry.profile == "staging")
        #expect(entry.envID == "staging.hg.example.com")
        #expect(entry.tenant == ref.tenant.rawValue && entry.connector == ref.connector.rawValue)
        #expect(entry.outcome == .succeeded)
        let stagingJobs = Set(await harness.staging.world.jobs(tenant: ref.tenant.rawValue)
            .compactMap { $0.objectValue?["job_id"]?.stringValue })
        let shown = Set(model.jobs.all.map(\.id))
        #expect(!stagingJobs.isEmpty)
        #expect(shown.isDisjoint(with: stagingJobs), "no staging job in prod's jobs pane")
        try await harness.close()
    }
}
