import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Live demo activity")
struct LiveDemoTests {
    static func world(live: Bool) async throws -> (RunningEmulator, EmulatorClock) {
        var settings = EmulatorSettings()
        let clock = EmulatorClock.manual(start: Date(timeIntervalSince1970: 1_790_000_000))
        settings.clock = clock
        settings.liveDemo = live
        settings.jobStageDuration = .seconds(4)
        settings.discoverDuration = .seconds(8)
        return (try await HotglueEmulatorServer.start(settings), clock)
    }

    @Test("the first tenant starts with a running job and discovery, and scheduled jobs keep coming")
    func keepsMoving() async throws {
        let (emulator, clock) = try await Self.world(live: true)
        let first = try #require(await emulator.world.jobs(tenant: "acme").first)
        #expect(first["status"]?.stringValue != "JOB_COMPLETED")
        let connector = try #require(await emulator.world.linkedConnectors(tenant: "acme").first?["id"]?.stringValue)
        _ = connector
        var roots: Set<String> = [first["s3_root"]?.stringValue ?? ""]
        for _ in 0..<40 {
            clock.advance(by: .seconds(4))
            if let newest = await emulator.world.jobs(tenant: "acme").first?["s3_root"]?.stringValue {
                roots.insert(newest)
            }
        }
        #expect(roots.count >= 3, "160 s of 4 s stages hold at least three scheduled jobs")
        let jobs = await emulator.world.jobs(tenant: "acme")
        #expect(jobs.filter { $0["status"]?.stringValue.map { !["JOB_COMPLETED"].contains($0) && !$0.hasSuffix("_FAILED") } ?? false }.count <= 1,
                "never two scheduled jobs at once")
        try await emulator.shutdown()
    }

    @Test("without liveDemo the first tenant is quiet")
    func quietByDefault() async throws {
        let (emulator, clock) = try await Self.world(live: false)
        let before = await emulator.world.jobs(tenant: "acme").count
        clock.advance(by: .seconds(600))
        #expect(await emulator.world.jobs(tenant: "acme").count == before)
        try await emulator.shutdown()
    }
}
