import Foundation
import TestSupport
@testable import GlueApp
import GlueCore
import HotglueModels
import Testing

/// The pulse's cache across `:profile`: what the environment left knew is written to its file, and the environment
/// switched to shows its own last picture (read off the loop), over real HTTP against two emulators.
@Suite("The pulse's cache when switching profiles", .serialized)
struct PulseCacheSwitchTests {
    @Test(":profile prod writes staging's pulse to its cache and shows prod's cached picture")
    func switchesCaches() async throws {
        let harness = try await ProfileSessionTests.Harness()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pulse-switch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let paths = AppPaths(environment: ["HOME": home.path, "XDG_CACHE_HOME": home.appendingPathComponent("cache").path])
        let start = harness.session.model.connection
        let staging = PulseCacheFile(paths: paths, envID: start.envID, flowID: start.flowID)
        let prod = staging.sibling(envID: "prod.hg.example.com", flowID: harness.prod.settings.flowID)

        // What an earlier run knew of prod: a tenant prod's emulator does not have, with a failure.
        var earlier = PulseData()
        let failed = try Job(json: ["job_id": "old1", "tenant": "cached-tenant", "connector_id": "salesforce",
                                    "status": "SYNC_FAILED", "s3_root": "cached-tenant/flows/f/jobs/old1",
                                    "start_time": .string(.init(HotglueDate.format(Date()))),
                                    "message": "Rate limited by the vendor"])
        earlier.checked("cached-tenant", jobs: [failed], at: Date(), window: PulsePane.defaultWindow)
        try prod.save(earlier, at: Date())

        harness.session.pulseCache = staging
        staging.loadInBackground(postingTo: harness.session.mailbox)
        try await harness.until("staging's jobs heard by the pulse, its (missing) cache read") {
            $0.pulse.earlierRunRead && !$0.pulse.data.tenants.isEmpty
        }
        #expect(staging.load() == nil)

        harness.command("profile prod")
        try await harness.until("prod's cached picture") {
            $0.connection.profile == "prod" && $0.pulse.data["cached-tenant"]?.jobs.map(\.id) == ["old1"]
        }
        #expect(harness.session.pulseCache?.path == prod.path)
        // Staging's picture was written as the session left it.
        let written = await poll(upTo: .seconds(30)) { staging.load() != nil }
        #expect(written)
        #expect(staging.load()?.data["cached-tenant"] == nil)
        try await harness.close()
    }
}
