import Foundation
import GlueCore
import HotglueModels

/// The pulse at issue #13's scale: BigDashboard's 10,000 tenants, each with 10 recent jobs (100,000 in all): about
/// 5 % failed with one of 40 causes (ids and counts inside, so grouping has work to do), 1 % running, the rest
/// completed over the last day, across 60 connectors. Built directly as `PulseData` (what 10,000 checks would
/// leave), then shown with `P`.
enum BigPulse {
    static let jobsPerTenant = 10

    static func data(tenants: [TenantID], now: Date) -> PulseData {
        var random = SystemRandomNumberGenerator.seeded(7)
        var byTenant: [TenantID: TenantPulse] = [:]
        byTenant.reserveCapacity(tenants.count)
        for (index, tenant) in tenants.enumerated() {
            var pulse = TenantPulse()
            pulse.checkedAt = now.addingTimeInterval(-Double(index % 600))
            for number in 0..<jobsPerTenant {
                let connector = ConnectorID("connector-\((index + number) % 60)")
                let started = now.addingTimeInterval(-Double(number) * 8_000 - Double(index % 3_000))
                let roll = random.next() % 100
                let status: JobStatus = roll < 5 ? .syncFailed : roll < 6 ? .syncStarted : .jobCompleted
                let message = status.isFailure
                    ? "Timeout after \(30 + index % 50)s reading 'Object\(index % 7)' (cause \(roll % 40), job \(tenant.rawValue)-\(number))"
                    : nil
                let updated = status == .syncStarted ? started : started.addingTimeInterval(Double(100 + (index * 7 + number) % 400))
                pulse.jobs.append(PulseJob(
                    tenant: tenant, connector: connector, id: "job-\(index)-\(number)",
                    root: JobRoot("\(tenant.rawValue)/flows/l8odS2mce/jobs/\(index)/\(number)"), status: status,
                    started: started, updated: updated, message: message, rows: (index * 31 + number * 17) % 50_000))
            }
            byTenant[tenant] = pulse
        }
        return PulseData(tenants: byTenant, discoverFailures: [:])
    }

    /// One tenant's fresh check, as the sweep brings it: its newest job has just failed.
    static func check(of tenant: TenantID, number: Int, at time: Date) -> [Job] {
        [try! Job(json: [
            "job_id": .string(.init("fresh-\(number)")), "tenant": .string(.init(tenant.rawValue)),
            "connector_id": "connector-1", "job_type": "read", "status": "SYNC_FAILED",
            "s3_root": .string(.init("\(tenant.rawValue)/flows/l8odS2mce/jobs/fresh/\(number)")),
            "start_time": .string(.init(HotglueDate.format(time.addingTimeInterval(-60)))),
            "last_updated": .string(.init(HotglueDate.format(time))),
            "message": "Timeout after 45s reading 'Account' (job fresh)",
        ])]
    }
}

extension SystemRandomNumberGenerator {
    /// A small seeded generator for the fixture (the system one cannot be seeded).
    static func seeded(_ seed: UInt64) -> SeededGenerator { SeededGenerator(state: seed) }
}

struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
