import Foundation
@testable import GlueCore
import HotglueModels
import Testing

private typealias F = Fixtures

/// Many jobs: the pulse's summary is computed off the loop (`Effect.summarizePulse`) and comes back as a message;
/// a check that finds a tenant as it was costs no summary at all; the cache's picture arrives as a message too.
@Suite struct PulseOffTheLoopTests {
    /// On the pulse, with every summary computed off the loop (as at 10,000 tenants).
    static func onPulseOffTheLoop() -> Model {
        var model = F.loaded()
        model.pulse.inlineSummaryJobLimit = 0
        // Opening it asks for the first summary; it comes back.
        if let opening = request(F.press(&model, .character("P"))) {
            _ = update(&model, .pulseSummarized(opening.summarize(), at: model.now))
        }
        return model
    }

    static func request(_ effects: [Effect]) -> PulseSummaryRequest? {
        for case .summarizePulse(let request) in effects { return request }
        return nil
    }

    static let failed = F.job("w1", tenant: "initech", status: "SYNC_FAILED", started: 300, updated: 301, message: "Rate limited")

    @Test func newsAsksForASummaryAndItsAnswerIsShown() throws {
        var model = Self.onPulseOffTheLoop()
        let effects = update(&model, .webhookEvents([.job(Self.failed)], at: F.at(302)))
        let request = try #require(Self.request(effects))
        // Nothing computed on the loop: the screen shows the last summary until the answer arrives.
        #expect(!model.pulse.summary.failures.contains { $0.newest.id == "w1" })
        #expect(model.pulse.summaryIsStale)
        #expect(model.pulse.summaryInFlight == request.id)
        // While one is computed, no second is asked for.
        #expect(Self.request(update(&model, .tick(F.at(304)))) == nil)

        _ = update(&model, .pulseSummarized(request.summarize(), at: F.at(304.2)))
        #expect(model.pulse.summary.failures.contains { $0.newest.id == "w1" })
        #expect(!model.pulse.summaryIsStale)
        #expect(model.pulse.summaryInFlight == nil)
        #expect(model.pulse.rows.contains { if case .failure(let group) = $0 { group.newest.id == "w1" } else { false } })
    }

    @Test func newsDuringAComputationIsAskedForAgainAtTheNextTick() throws {
        var model = Self.onPulseOffTheLoop()
        let first = try #require(Self.request(update(&model, .webhookEvents([.job(Self.failed)], at: F.at(302)))))
        let later = F.job("w2", tenant: "umbrella", status: "SYNC_FAILED", started: 300, updated: 303, message: "second")
        #expect(Self.request(update(&model, .webhookEvents([.job(later)], at: F.at(303)))) == nil)
        _ = update(&model, .pulseSummarized(first.summarize(), at: F.at(303.5)))
        #expect(model.pulse.summaryIsStale)
        let second = try #require(Self.request(update(&model, .tick(F.at(304)))))
        _ = update(&model, .pulseSummarized(second.summarize(), at: F.at(304.5)))
        #expect(!model.pulse.summaryIsStale)
        #expect(model.pulse.summary.failures.contains { $0.newest.id == "w2" })
    }

    @Test func anAnswerNotAskedForLastIsDropped() throws {
        var model = Self.onPulseOffTheLoop()
        let request = try #require(Self.request(update(&model, .webhookEvents([.job(Self.failed)], at: F.at(302)))))
        let stray = PulseSummaryResult(id: request.id + 1, jobsRevision: request.data.jobsRevision, window: request.window,
                                       summary: PulseSummary())
        let before = model.pulse.summary
        _ = update(&model, .pulseSummarized(stray, at: F.at(303)))
        #expect(model.pulse.summary == before)
        #expect(model.pulse.summaryInFlight == request.id)
    }

    @Test func aCheckThatFindsATenantAsItWasCostsNoSummary() throws {
        var model = PulseUpdateTests.withGlobexChecked()
        _ = F.press(&model, .character("P"))
        model.pulse.inlineSummaryJobLimit = 0
        let revision = model.pulse.data.jobsRevision
        let same = try #require(model.pulse.data["globex"]).jobs
        #expect(!same.isEmpty)
        let effects = update(&model, .polled(.pulseChecked("globex", .success([
            F.job("g_fail", tenant: "globex", connector: "hubspot", status: "SYNC_FAILED", started: 200, updated: 210,
                  message: "Timeout after 30s reading 'Contact'"),
            F.job("g_run", tenant: "globex", connector: "quickbooks", status: "SYNC_STARTED", started: 220),
        ]), at: F.at(231))))
        #expect(model.pulse.data.jobsRevision == revision)
        #expect(model.pulse.data["globex"]?.checkedAt == F.at(231))
        #expect(Self.request(effects) == nil)
        #expect(!model.pulse.summaryIsStale)
    }

    @Test func withNoNewsTheSummaryIsComputedAgainAsFailuresAge() throws {
        var model = Self.onPulseOffTheLoop()
        let request = try #require(Self.request(update(&model, .webhookEvents([.job(Self.failed)], at: F.at(302)))))
        _ = update(&model, .pulseSummarized(request.summarize(), at: F.at(302.5)))
        #expect(Self.request(update(&model, .tick(F.at(302 + PulsePane.agingInterval - 1)))) == nil)
        #expect(Self.request(update(&model, .tick(F.at(302 + PulsePane.agingInterval)))) != nil)
    }

    @Test func theCachesPictureFillsOnlyTenantsNotHeardFromYet() {
        var model = PulseUpdateTests.withGlobexChecked()
        #expect(!model.pulse.earlierRunRead)
        var earlier = PulseData()
        earlier.checked("globex", jobs: [F.job("old", tenant: "globex", status: "JOB_COMPLETED", started: 10, updated: 20)],
                        at: F.at(20), window: PulsePane.defaultWindow)
        earlier.checked("initech", jobs: [F.job("i1", tenant: "initech", status: "SYNC_FAILED", started: 10, updated: 20,
                                                message: "Rate limited")],
                        at: F.at(20), window: PulsePane.defaultWindow)
        _ = update(&model, .pulseCacheLoaded(earlier, at: F.at(240)))
        #expect(model.pulse.earlierRunRead)
        #expect(model.pulse.data["globex"]?.jobs.map(\.id) == ["g_run", "g_fail"])
        #expect(model.pulse.data["initech"]?.jobs.map(\.id) == ["i1"])
        #expect(model.pulse.data["initech"]?.checkedAt == F.at(20))
        _ = F.press(&model, .character("P"))
        #expect(model.pulse.summary.failures.contains { $0.newest.id == "i1" })
    }
}
