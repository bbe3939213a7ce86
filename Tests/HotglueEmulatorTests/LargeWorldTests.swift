import Foundation
@testable import HotglueEmulator
import LosslessJSON
import Testing

@Suite("A world of 10,000 tenants")
struct LargeWorldTests {
    private func failedShare(_ world: EmulatorWorld, tenants: ArraySlice<String>) async -> (jobs: Int, failed: Int) {
        var jobs = 0
        var failed = 0
        for tenant in tenants {
            for job in await world.jobs(tenant: tenant) {
                jobs += 1
                if job["status"]?.stringValue?.hasSuffix("_FAILED") == true { failed += 1 }
            }
        }
        return (jobs, failed)
    }

    @Test("lists every tenant; its jobs fail realistically (a few percent), the demo world's one in five")
    func realisticFailures() async throws {
        var settings = EmulatorSettings()
        settings.tenantCount = 10_000
        settings.clock = .manual(start: Date(timeIntervalSince1970: 1_714_564_800))
        let world = EmulatorWorld(settings: settings)
        let tenants = await world.tenantIDs()
        #expect(tenants.count == 10_001 && Set(tenants).count == 10_001)
        // A sample, generated on demand like every tenant: enough jobs for the share to show.
        let large = await failedShare(world, tenants: tenants[100..<1_100])
        #expect(large.jobs > 1_000)
        let share = Double(large.failed) / Double(large.jobs)
        #expect(share > 0.02 && share < 0.09, "\(large.failed) of \(large.jobs) jobs failed")

        settings.failureModel = .demo
        let demo = await failedShare(EmulatorWorld(settings: settings), tenants: tenants[100..<1_100])
        let demoShare = Double(demo.failed) / Double(demo.jobs)
        #expect(demoShare > 0.15 && demoShare < 0.25, "\(demo.failed) of \(demo.jobs) jobs failed")
    }

    @Test("failures cluster: most failed jobs belong to the few broken connections")
    func clustered() {
        var broken = 0
        let connections = 10_000
        for index in 0..<connections {
            let odds = JobFailureOdds.of(.realistic, seed: 42, tenant: "tenant\(index)", connectorID: "salesforce")
            if odds == .broken { broken += 1 }
        }
        let share = Double(broken) / Double(connections)
        #expect(share > 0.02 && share < 0.04, "\(broken) of \(connections) connections broken")
    }
}
