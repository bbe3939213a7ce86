import Foundation
import GlueCore
import HotglueModels
import Testing

private typealias F = Fixtures

/// Whom the sweep checks next.
@Suite struct PulseScheduleTests {
    let window = PulsePane.defaultWindow

    private func next(_ data: PulseData, tenants: [TenantID], onScreen: TenantID? = nil, now: Double) -> TenantID? {
        var pane = PulsePane()
        pane.data = data
        pane.refresh(tenants: tenants, onScreen: onScreen, now: F.at(now))
        return pane.nextCheck
    }

    @Test func tenantsNeverHeardFromComeFirstInListOrder() {
        var data = PulseData()
        data.checked("acme", jobs: [], at: F.at(0), window: window)
        #expect(next(data, tenants: ["acme", "globex", "initech"], now: 1) == "globex")
    }

    @Test func theTenantOnScreenIsLeftToTheJobsPane() {
        #expect(next(PulseData(), tenants: ["acme", "globex"], onScreen: "acme", now: 0) == "globex")
        #expect(next(PulseData(), tenants: ["acme"], onScreen: "acme", now: 0) == nil)
    }

    @Test func aBusyTenantIsCheckedBeforeAQuietOneWithOlderNews() {
        var data = PulseData()
        data.checked("quiet", jobs: [F.job("q", tenant: "quiet", status: "JOB_COMPLETED", started: 0, updated: 1)],
                     at: F.at(0), window: window)
        data.checked("busy", jobs: [F.job("b", tenant: "busy", status: "SYNC_STARTED", started: 0)],
                     at: F.at(10), window: window)
        #expect(next(data, tenants: ["quiet", "busy"], now: 10 + PulseSchedule.hotAge) == "busy")
        // Before its news is hotAge old, the oldest news goes first.
        #expect(next(data, tenants: ["quiet", "busy"], now: 20) == "quiet")
    }
}
