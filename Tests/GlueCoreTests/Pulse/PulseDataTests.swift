import Foundation
import GlueCore
import HotglueModels
import Testing

private typealias F = Fixtures

/// What the pulse keeps of checks and webhook events: events never take a job back, duplicates change nothing,
/// and the API's answer is the truth.
@Suite struct PulseDataTests {
    let window = PulsePane.defaultWindow

    @Test func aLateStartedEventDoesNotOverwriteACompletedJob() {
        var data = PulseData()
        let completed = F.job("j1", status: "JOB_COMPLETED", started: 0, timeline: ["JOB_CREATED", "SYNC_STARTED", "JOB_COMPLETED"])
        let started = F.job("j1", status: "SYNC_STARTED", started: 0, timeline: ["JOB_CREATED", "SYNC_STARTED"])
        data.received([.job(completed)], at: F.at(10), window: window)
        data.received([.job(started)], at: F.at(11), window: window)
        #expect(data["acme"]?.jobs.map(\.status) == [.jobCompleted])
    }

    @Test func eventsInAnyOrderEndOnTheLatestStatus() {
        let created = F.job("j1", status: "JOB_CREATED", started: 0, timeline: ["JOB_CREATED"])
        let syncing = F.job("j1", status: "SYNC_STARTED", started: 0, timeline: ["JOB_CREATED", "SYNC_STARTED"])
        let failed = F.job("j1", status: "SYNC_FAILED", started: 0, timeline: ["JOB_CREATED", "SYNC_STARTED", "SYNC_FAILED"],
                           message: "boom")
        for order in [[created, syncing, failed], [failed, syncing, created], [syncing, failed, created], [created, failed, syncing]] {
            var data = PulseData()
            data.received(order.map(HotglueEvent.job), at: F.at(10), window: window)
            #expect(data["acme"]?.jobs.map(\.status) == [.syncFailed], "order \(order.map(\.status))")
        }
    }

    @Test func aDuplicateEventChangesNothing() {
        var once = PulseData()
        var twice = PulseData()
        let failed = F.job("j1", status: "SYNC_FAILED", started: 0, timeline: ["JOB_CREATED", "SYNC_FAILED"], message: "boom")
        once.received([.job(failed)], at: F.at(10), window: window)
        twice.received([.job(failed), .job(failed)], at: F.at(10), window: window)
        twice.received([.job(failed)], at: F.at(10), window: window)
        #expect(once == twice)
        #expect(twice["acme"]?.jobs.count == 1)
    }

    @Test func aCheckIsTheTruthButKeepsARunningJobTheListHasNotCaughtUpWith() {
        var data = PulseData()
        let fromEvent = F.job("new1", status: "SYNC_STARTED", started: 100, timeline: ["JOB_CREATED", "SYNC_STARTED"])
        data.received([.job(fromEvent)], at: F.at(101), window: window)
        let listed = F.job("old1", status: "JOB_COMPLETED", started: 0, timeline: ["JOB_CREATED", "JOB_COMPLETED"])
        data.checked("acme", jobs: [listed], at: F.at(102), window: window)
        #expect(data["acme"]?.jobs.map(\.id) == ["new1", "old1"])
        #expect(data["acme"]?.checkedAt == F.at(102))
        // A check that lists the job says what it is now.
        let done = F.job("new1", status: "SYNC_FAILED", started: 100, timeline: ["JOB_CREATED", "SYNC_FAILED"])
        data.checked("acme", jobs: [done, listed], at: F.at(103), window: window)
        #expect(data["acme"]?.jobs.map(\.status) == [.syncFailed, .jobCompleted])
    }

    @Test func aFailedCheckIsRememberedAndKeepsWhatWasKnown() {
        var data = PulseData()
        data.checked("acme", jobs: [F.job("j1", status: "SYNC_FAILED", started: 0)], at: F.at(5), window: window)
        data.checkFailed("acme", at: F.at(9))
        #expect(data["acme"]?.failedAt == F.at(9))
        #expect(data["acme"]?.jobs.count == 1)
    }

    @Test func jobsOutsideTheWindowAreForgottenButRunningOnesStay() {
        var data = PulseData()
        data.checked("acme", jobs: [
            F.job("old", status: "SYNC_FAILED", started: 0, updated: 10),
            F.job("run", status: "SYNC_STARTED", started: 5),
        ], at: F.at(20), window: window)
        data.prune(now: F.at(10 + window + 1), window: window)
        #expect(data["acme"]?.jobs.map(\.id) == ["run"])
    }

    @Test func aDiscoverFailureIsKeptUntilItsConnectorIsDiscoveredOrUnlinked() {
        var data = PulseData()
        data.received([.discover(DiscoverEvent(tenant: "acme", connector: "salesforce", status: "DISCOVER_FAILED",
                                               message: "bad credentials\nstack"))], at: F.at(1), window: window)
        #expect(data.discoverFailures.values.map(\.message) == ["bad credentials"])
        data.received([.connection(ConnectionEvent(tenant: "acme", connector: "salesforce", change: .unlinked))],
                      at: F.at(2), window: window)
        #expect(data.discoverFailures.isEmpty)
    }

    @Test func aSecretInAFailureMessageIsMaskedOnTheWayIn() {
        let job = PulseJob(F.job("j1", status: "SYNC_FAILED", started: 0,
                                 message: "auth failed: access_token=sk_live_4f9a8b7c6d5e4f3a2b1c"), tenant: "acme")
        #expect(job.message?.contains("sk_live_4f9a8b7c6d5e4f3a2b1c") == false)
    }
}
