import Foundation
import GlueApp
import GlueCore
import HotglueAPI
import HotglueEmulator
import HotglueModels
import Testing

/// Changes of unknown result that are not state changes, checked against what Hotglue lists now: a link or unlink
/// by the tenant's linked connectors, a job start by the jobs started since it was sent.
@Suite("Checking changes of unknown result against the emulator", .serialized)
struct RecoveryFinderWithEmulatorTests {
    @Test("unlink, link and job start: took effect or not, as the lists show")
    func listsDecide() async throws {
        let settings = EmulatorSettings()
        let emulator = try await HotglueEmulatorServer.start(settings)
        let client = HotglueClient(configuration: HotglueConfiguration(
            baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
            apiKey: Secret(settings.apiKey)))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-journal-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = JournalFile(path: path)
        let journal = ChangeJournal(file: file, origin: "test", profile: "demo", envID: settings.envID,
                                    flowID: settings.flowID)

        let tenant = TenantID(try #require(await emulator.world.tenantIDs().first))
        let linked = try await client.listLinkedConnectors(tenant: tenant).map(\.id)
        let kept = try #require(linked.first), gone = try #require(linked.dropFirst().first)
        try await client.unlinkConnector(tenant: tenant, connector: gone)

        // Intents with no outcome, as a run cut off after sending leaves them.
        let unlinkKept = try journal.begin(tenant: tenant, connector: kept, action: "unlink", request: "DELETE")
        let unlinkGone = try journal.begin(tenant: tenant, connector: gone, action: "unlink", request: "DELETE")
        let linkGone = try journal.begin(tenant: tenant, connector: gone, action: "link", request: "POST")
        let runKept = try journal.begin(tenant: tenant, connector: kept, action: "job.run", request: "POST")
        _ = try await client.runJob(tenant: tenant, RunJobRequest(connector: kept, jobType: .read))
        let runGone = try journal.begin(tenant: tenant, connector: gone, action: "job.run", request: "POST")

        let findings = await RecoveryFinder(journal: file, drafts: nil)
            .find(envID: settings.envID, flowID: settings.flowID, now: Date(), checks: ChangeChecks(client: client))
        let verdicts = Dictionary(uniqueKeysWithValues: findings.unresolved.map { ($0.entry.id, $0.verdict) })
        #expect(verdicts[unlinkKept.id] == .notApplied, "still linked: the unlink did not take effect")
        #expect(verdicts[unlinkGone.id] == .applied, "not linked: the unlink took effect")
        #expect(verdicts[linkGone.id] == .notApplied, "not linked: the link did not take effect")
        #expect(verdicts[runKept.id] == .applied, "a job of it started since")
        #expect(verdicts[runGone.id] == .notApplied, "no job of it started since")
        let text = findings.unresolved.first { $0.entry.id == runGone.id }?.evidenceText
        #expect(text == "no job of \(gone) started since it was sent")

        await client.shutdown()
        try await emulator.shutdown()
    }
}
