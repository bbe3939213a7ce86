import Foundation
import GlueCore
import HotglueModels
import Testing

private typealias F = Fixtures

/// Grouping failures, telling stuck from running, and counting who was heard from.
@Suite struct PulseSummaryTests {
    let window = PulsePane.defaultWindow

    @Test func failuresGroupByConnectorAndCauseAcrossTenants() {
        var data = PulseData()
        data.checked("acme", jobs: [
            F.job("a1", status: "SYNC_FAILED", started: 10, updated: 20, message: "Timeout after 30s reading 'Account'"),
            F.job("a2", connector: "hubspot", status: "SYNC_FAILED", started: 11, updated: 21, message: "Timeout after 30s reading 'Account'"),
        ], at: F.at(100), window: window)
        data.checked("globex", jobs: [
            F.job("g1", tenant: "globex", status: "SYNC_FAILED", started: 30, updated: 40, message: "Timeout after 45s reading 'Lead'"),
            F.job("g2", tenant: "globex", status: "SYNC_FAILED", started: 50, updated: 60, message: "401 Unauthorized"),
        ], at: F.at(100), window: window)
        let summary = PulseSummary(data: data, tenants: ["acme", "globex", "initech"], now: F.at(100), window: window)
        let groups = summary.failures.map { "\($0.connector?.rawValue ?? "-") \($0.cause) \($0.count) \($0.tenants.map(\.rawValue))" }
        #expect(groups == [
            "salesforce # Unauthorized 1 [\"globex\"]",
            "salesforce Timeout after # reading '…' 2 [\"globex\", \"acme\"]",
            "hubspot Timeout after # reading '…' 1 [\"acme\"]",
        ])
        let timeouts = summary.failures[1]
        #expect(timeouts.firstSeen == F.at(20))
        #expect(timeouts.lastSeen == F.at(40))
        #expect(timeouts.newest.id == "g1")
        #expect(summary.tenantsKnown == 3)
        #expect(summary.tenantsChecked == 2)
        #expect(summary.oldestHeard == F.at(100))
    }

    @Test func aFailureWithoutAMessageGroupsUnderItsStatus() {
        var data = PulseData()
        data.checked("acme", jobs: [F.job("a1", status: "ETL_FAILED", started: 10, updated: 20)], at: F.at(30), window: window)
        let summary = PulseSummary(data: data, tenants: ["acme"], now: F.at(30), window: window)
        #expect(summary.failures.map(\.cause) == ["ETL_FAILED"])
    }

    @Test func aJobRunningLongerThanItsConnectorsP95IsStuck() {
        var data = PulseData()
        // Six completed runs of 100–150 s: p95 is 150 s.
        let done = (0..<6).map { index in
            F.job("d\(index)", status: "JOB_COMPLETED", started: Double(index) * 1_000,
                  updated: Double(index) * 1_000 + 100 + Double(index) * 10)
        }
        let longRunning = F.job("long", status: "SYNC_STARTED", started: 10_000)
        let shortRunning = F.job("short", tenant: "globex", status: "SYNC_STARTED", started: 10_100)
        data.checked("acme", jobs: done + [longRunning], at: F.at(10_200), window: window)
        data.checked("globex", jobs: [shortRunning], at: F.at(10_200), window: window)
        let summary = PulseSummary(data: data, tenants: ["acme", "globex"], now: F.at(10_200), window: window)
        #expect(summary.connectors.first?.usualDuration == 150)
        #expect(summary.stuck.map(\.id) == ["long"])
        #expect(summary.running.map(\.id) == ["short"])
    }

    @Test func withTooFewRunsNothingIsCalledStuck() {
        var data = PulseData()
        data.checked("acme", jobs: [
            F.job("d1", status: "JOB_COMPLETED", started: 0, updated: 10),
            F.job("long", status: "SYNC_STARTED", started: 100),
        ], at: F.at(10_000), window: window)
        let summary = PulseSummary(data: data, tenants: ["acme"], now: F.at(10_000), window: window)
        #expect(summary.stuck.isEmpty)
        #expect(summary.running.map(\.id) == ["long"])
    }

    @Test func failuresOutsideTheWindowAreNotCounted() {
        var data = PulseData()
        data.checked("acme", jobs: [F.job("a1", status: "SYNC_FAILED", started: 0, updated: 10)], at: F.at(20), window: window)
        let summary = PulseSummary(data: data, tenants: ["acme"], now: F.at(10 + 3_600 + 1), window: 3_600)
        #expect(summary.failures.isEmpty)
    }
}
