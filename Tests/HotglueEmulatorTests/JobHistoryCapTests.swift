import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Job history cap")
struct JobHistoryCapTests {
    @Test("the live demo's tenant keeps only the newest jobsKeptPerTenant jobs, however many it runs")
    func liveDemoStaysCapped() async throws {
        var settings = manualSettings()
        settings.liveDemo = true
        settings.jobsKeptPerTenant = 8
        let clock = settings.clock
        try await withEmulator(settings) { (emulator, _) async throws in
            var newestRoots: [String] = []
            for _ in 0..<20 {
                clock.advance(by: .seconds(120))
                let jobs = await emulator.world.jobs(tenant: "acme")
                #expect(jobs.count <= 8)
                if let root = jobs.first?["s3_root"]?.stringValue { newestRoots.append(root) }
            }
            let acme = try #require(await emulator.world.jobCounts().first { $0.tenant == "acme" })
            #expect(acme.kept == 8)
            #expect(acme.created >= 50, "40 emulated minutes of 36 s jobs, \(acme.created) created")
            // What is kept is the newest: the job seen newest last is still listed, first.
            let jobs = await emulator.world.jobs(tenant: "acme")
            #expect(jobs.first?["s3_root"]?.stringValue == newestRoots.last)
        }
    }

    @Test("jobs started through the API past the cap push out the oldest")
    func apiJobsStayCapped() async throws {
        var settings = manualSettings()
        settings.jobsKeptPerTenant = 3
        let clock = settings.clock
        try await withEmulator(settings) { (emulator, client) async throws in
            var started: [String] = []
            for _ in 0..<5 {
                let answer = try await client.sendJSON(
                    .POST, client.v2("acme", "/jobs"),
                    ["connector_id": "salesforce", "job_type": "read", "ignore_parallel_jobs": true])
                #expect(answer.status == 200)
                started.append(try answer.json["s3_root"]?.stringValue ?? "")
                clock.advance(by: .seconds(1))
            }
            let listed = await emulator.world.jobs(tenant: "acme").compactMap { $0["s3_root"]?.stringValue }
            #expect(listed == started.suffix(3).reversed())
        }
    }

    @Test("the default cap is 100")
    func defaultCap() {
        #expect(EmulatorSettings().jobsKeptPerTenant == 100)
    }
}
