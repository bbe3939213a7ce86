import Foundation
@testable import GlueCore
import HotglueModels
import Testing

private typealias F = Fixtures

/// The pulse screen as keys and poll results drive it: opening, moving over its rows, Enter to a job's log and Esc
/// back to where it was.
@Suite struct PulseUpdateTests {
    /// `loaded`, plus globex's check with one failure and one running job.
    static func withGlobexChecked() -> Model {
        var model = F.loaded()
        _ = update(&model, .polled(.pulseChecked("globex", .success([
            F.job("g_fail", tenant: "globex", connector: "hubspot", status: "SYNC_FAILED", started: 200, updated: 210,
                  message: "Timeout after 30s reading 'Contact'"),
            F.job("g_run", tenant: "globex", connector: "quickbooks", status: "SYNC_STARTED", started: 220),
        ]), at: F.at(230))))
        return model
    }

    @Test func pOpensThePulseAndTheDashboardsPollsRest() {
        var model = Self.withGlobexChecked()
        _ = F.press(&model, .character("P"))
        #expect(model.screen == .pulse)
        #expect(subscriptions(model) == [.tenants, .clock,
                                         .pulseCheck(model.pulse.nextCheck!, afterSeconds: PulsePane.defaultSecondsPerCheck)])
        // On the pulse no tenant is "on screen": acme (polled by its jobs pane until now) is checked in turn.
        _ = F.press(&model, .character("P"))
        #expect(model.screen == .dashboard)
    }

    @Test func theCursorStartsOnTheNewestFailureAndStepsOverHeadings() throws {
        var model = Self.withGlobexChecked()
        _ = F.press(&model, .character("P"))
        let first = try #require(model.pulse.selectedRow)
        guard case .failure(let group) = first else { Issue.record("not a failure: \(first)"); return }
        // globex's failure (at 210) is newer than acme's (its timeline's second, at 51): it heads the list.
        #expect(group.newest.id == "g_fail")
        var seen: [String] = []
        for _ in 0..<12 {
            if let row = model.pulse.selectedRow { seen.append("\(row)".prefix(12).description) }
            _ = F.press(&model, .character("j"))
        }
        #expect(!seen.contains { $0.hasPrefix("heading") || $0.hasPrefix("none") })
        #expect(model.pulse.selectedRow != nil)
    }

    @Test func enterOnAFailureOpensItsJobsLogAndEscComesBack() throws {
        var model = Self.withGlobexChecked()
        _ = F.press(&model, .character("P"))
        // Move to globex's failure (the newest group: it failed at 210, acme's at its timeline's second).
        while case .failure(let group)? = model.pulse.selectedRow, group.newest.id != "g_fail" {
            _ = F.press(&model, .character("j"))
        }
        let cursor = model.pulse.cursor
        _ = F.press(&model, .enter)
        #expect(model.screen == .dashboard)
        #expect(model.tenants.selected == "globex")
        #expect(model.focus == .jobs)
        #expect(model.pendingJump == PulseJump(tenant: "globex", connector: "hubspot",
                                               job: "globex/flows/l8odS2mce/jobs/2026/05/4/01/12/g_fail"))
        // globex's lists arrive: the connector and the job are selected, and the log of that job is asked for.
        _ = update(&model, .polled(.connectorsLoaded("globex", .success([F.connector("hubspot"), F.connector("quickbooks")]),
                                                     at: F.at(240))))
        #expect(model.connectors.selected?.id == "hubspot")
        #expect(model.pendingJump != nil)
        _ = update(&model, .polled(.jobsLoaded("globex", .success([
            F.job("g_run", tenant: "globex", connector: "quickbooks", status: "SYNC_STARTED", started: 220),
            F.job("g_fail", tenant: "globex", connector: "hubspot", status: "SYNC_FAILED", started: 200, updated: 210),
        ]), at: F.at(241))))
        #expect(model.pendingJump == nil)
        #expect(model.jobs.selected?.id == "g_fail")
        #expect(model.jobs.followNewest == false)
        #expect(subscriptions(model).contains(.jobLog("globex", "globex/flows/l8odS2mce/jobs/2026/05/4/01/12/g_fail")))

        _ = F.press(&model, .escape)
        #expect(model.screen == .pulse)
        #expect(model.pulse.cursor.selected == cursor.selected)
    }

    @Test func escOnTheDashboardNotOpenedFromThePulseStaysThere() {
        var model = Self.withGlobexChecked()
        _ = F.press(&model, .escape)
        #expect(model.screen == .dashboard)
    }

    @Test func thePaletteSetsTheWindowAndRefusesABadOne() {
        var model = Self.withGlobexChecked()
        _ = F.press(&model, .character(":"))
        F.type(&model, "pulse 6h")
        _ = F.press(&model, .enter)
        #expect(model.screen == .pulse)
        #expect(model.pulse.window == 6 * 3_600)
        #expect(model.activity.notice == "pulse: failures of the last 6h")

        var other = Self.withGlobexChecked()
        _ = F.press(&other, .character(":"))
        F.type(&other, "pulse soon")
        _ = F.press(&other, .enter)
        #expect(other.screen == .dashboard)
        #expect(other.pulse.window == PulsePane.defaultWindow)
    }

    @Test func aPanesCommandOnThePulseSaysWhereItWorks() {
        var model = Self.withGlobexChecked()
        _ = F.press(&model, .character("P"))
        let effects = F.press(&model, .character("e"))
        #expect(effects.isEmpty)
        #expect(model.activity.notice == "on the pulse: Enter opens a row in the panes, P or Esc goes back to them")
    }

    @Test func webhookEventsReachThePulseAndAreCountedAsHeard() {
        var model = F.loaded()
        _ = F.press(&model, .character("P"))
        let failed = F.job("w1", tenant: "initech", status: "SYNC_FAILED", started: 300, updated: 301, message: "Rate limited")
        _ = update(&model, .webhookEvents([.job(failed)], at: F.at(302)))
        #expect(model.pulse.summary.failures.contains { $0.newest.id == "w1" })
        #expect(model.pulse.data["initech"]?.eventAt == F.at(302))
        #expect(model.pulse.summary.newestEvent == F.at(302))
    }

    @Test func whileWebhooksArriveTheSweepOnlyReconciles() {
        var model = F.loaded()
        _ = F.press(&model, .character("P"))
        let failed = F.job("w1", tenant: "initech", status: "SYNC_FAILED", started: 300, updated: 301)
        _ = update(&model, .webhookEvents([.job(failed)], at: F.at(302)))
        #expect(model.pulse.checkInterval(onPulse: true, now: F.at(303)) == PulsePane.defaultSecondsPerCheck * 4)
        #expect(model.pulse.checkInterval(onPulse: false, now: F.at(303)) == PulsePane.defaultSecondsPerCheck * 8)
        // Quiet for five minutes: back to the full pace.
        #expect(model.pulse.checkInterval(onPulse: true, now: F.at(302 + PulsePane.webhooksLiveFor)) == PulsePane.defaultSecondsPerCheck)
    }

    @Test func aFloodOfNewsIsSummedUpAtMostOnceASecondAndTheTickShowsTheRest() {
        var model = F.loaded()
        _ = F.press(&model, .character("P"))
        let first = F.job("w1", tenant: "initech", status: "SYNC_FAILED", started: 300, updated: 301, message: "first")
        _ = update(&model, .webhookEvents([.job(first)], at: F.at(302)))
        #expect(model.pulse.summary.failures.contains { $0.newest.id == "w1" })
        let second = F.job("w2", tenant: "umbrella", status: "SYNC_FAILED", started: 300, updated: 302, message: "second")
        _ = update(&model, .webhookEvents([.job(second)], at: F.at(302.5)))
        #expect(model.pulse.summaryIsStale)
        #expect(!model.pulse.summary.failures.contains { $0.newest.id == "w2" })
        #expect(model.pulse.data["umbrella"]?.jobs.map(\.id) == ["w2"])
        _ = update(&model, .tick(F.at(303)))
        #expect(!model.pulse.summaryIsStale)
        #expect(model.pulse.summary.failures.contains { $0.newest.id == "w2" })
    }

    @Test func offThePulseNothingIsSummedUpUntilItOpens() {
        var model = Self.withGlobexChecked()
        #expect(model.pulse.summaryIsStale)
        _ = update(&model, .tick(F.at(400)))
        #expect(model.pulse.summaryIsStale)
        _ = F.press(&model, .character("P"))
        #expect(!model.pulse.summaryIsStale)
    }

    @Test func aFailedCheckKeepsTheTenantsLastPicture() {
        var model = Self.withGlobexChecked()
        _ = update(&model, .polled(.pulseChecked("globex", .failure(F.error()), at: F.at(300))))
        #expect(model.pulse.data["globex"]?.jobs.count == 2)
        #expect(model.pulse.data["globex"]?.failedAt == F.at(300))
    }
}
