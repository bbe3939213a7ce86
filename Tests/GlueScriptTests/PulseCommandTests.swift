import Foundation
import GlueScript
import LosslessJSON
import Testing

@Suite("gluetop pulse against the emulator")
struct PulseCommandTests {
    @Test("the first run checks every tenant and writes the cache; the next answers from it without checking")
    func firstRunThenCache() async throws {
        try await ScriptHarness.with { harness in
            let first = await harness.run("pulse", "--rate", "50", "-o", "json")
            #expect(first.exit == .ok, "\(first.stderr)")
            let tenants = await harness.emulator.world.tenantIDs()
            #expect(first.stderr.contains("checking \(tenants.count) of \(tenants.count) tenants"))
            let report = try first.json()
            #expect(report["tenants_known"]?.intValue == tenants.count)
            #expect(report["tenants_heard"]?.intValue == tenants.count)
            let failing = try #require(report["failing"]?.arrayValue)
            #expect(!failing.isEmpty, "the emulator's world has failed jobs")
            for group in failing {
                #expect(group["count"]?.intValue ?? 0 >= 1)
                let hit = group["tenants"]?.arrayValue ?? []
                #expect(!hit.isEmpty)
                #expect(group["newest"]?["news_age_seconds"]?.intValue != nil)
            }
            let cache = harness.home.appendingPathComponent(".cache/gluetop/pulse").path
            #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count == 1)

            let second = await harness.run("pulse", "-o", "json")
            #expect(second.exit == .ok, "\(second.stderr)")
            #expect(!second.stderr.contains("checking"))
            #expect(try second.json()["failing"]?.arrayValue?.count == failing.count)

            let fresh = await harness.run("pulse", "--wait-fresh", "--fresh", "0s", "--rate", "50", "-o", "json")
            #expect(fresh.exit == .ok, "\(fresh.stderr)")
            #expect(fresh.stderr.contains("checking \(tenants.count) of \(tenants.count) tenants"))
        }
    }

    @Test("a table on a terminal, section by section")
    func table() async throws {
        try await ScriptHarness.with { harness in
            let result = await harness.run("pulse", "--rate", "50", terminal: true)
            #expect(result.exit == .ok, "\(result.stderr)")
            for section in ["FAILING", "STUCK", "RUNNING", "CONNECTORS"] {
                #expect(result.stdout.contains("\n\(section)\n"), "\(result.stdout)")
            }
            #expect(result.stdout.contains("tenants heard from"))
        }
    }

    @Test("a window that is not one is a usage error naming it")
    func badWindow() async throws {
        try await ScriptHarness.with { harness in
            let result = await harness.run("pulse", "--since", "yesterday")
            #expect(result.exit == .usage)
            #expect(result.stderr.contains("--since 'yesterday'"))
        }
    }
}
