import Foundation
@testable import GlueApp
import GlueCore
import Synchronization
import Testing

@Suite("Poll budget")
struct PollBudgetTests {
    /// Monotonic time the test moves by hand.
    final class HandClock: Sendable {
        private let now = Mutex(Duration.zero)
        func pass(_ duration: Duration) { now.withLock { $0 += duration } }
        var elapsed: @Sendable () -> Duration { { self.now.withLock { $0 } } }
    }

    @Test("eight polls go at once, then one a second; a quiet spell earns the burst back")
    func burstThenOnePerSecond() {
        let clock = HandClock()
        let budget = PollBudget(elapsed: clock.elapsed)
        #expect((0..<8).map { _ in budget.reserve() } == Array(repeating: .zero, count: 8))
        #expect(budget.reserve() == .seconds(1))
        #expect(budget.reserve() == .seconds(2))
        clock.pass(.seconds(2))
        #expect(budget.reserve() == .seconds(1), "the slots reserved are kept: the next is a second after the last")
        clock.pass(.seconds(20))
        #expect((0..<8).map { _ in budget.reserve() } == Array(repeating: .zero, count: 8))
        #expect(budget.reserve() == .seconds(1))
    }

    @Test("polls asked for steadily at 1.5 a second are paid out at one a second")
    func steadyDemandIsCapped() {
        let clock = HandClock()
        let budget = PollBudget(elapsed: clock.elapsed)
        // Six pollers (jobs, connectors, job, log, state, tenants) asking 1.5 times a second for ten minutes,
        // each going when its slot comes.
        var granted: [Duration] = []
        for tick in 0..<900 {
            let asked = Duration.milliseconds(tick * 2000 / 3)
            if asked > clock.elapsed() { clock.pass(asked - clock.elapsed()) }
            granted.append(clock.elapsed() + budget.reserve())
        }
        let lastMinute = granted.filter { $0 >= .seconds(540) && $0 < .seconds(600) }.count
        #expect(lastMinute <= 60, "\(lastMinute) polls in the tenth minute")
        #expect(granted.filter { $0 < .seconds(60) }.count <= 60 + 8, "the first minute: the burst and one a second")
    }

    @Test("the poller pays every poll from its budget: with one slot per 10 s, three subscriptions poll 10 s apart")
    func pollerSpendsTheBudget() async throws {
        let source = ScriptedSource()
        let time = ManualSleep()
        let budget = PollBudget(spacing: .seconds(10), burst: 1, elapsed: { time.elapsed }, sleep: time.sleep)
        let poller = Poller(source: source, mailbox: Mailbox(wakeup: nil), sleep: time.sleep, budget: budget)
        defer {
            poller.cancelAll()
            time.releaseAll()
        }
        poller.apply([.tenants, .connectors("acme"), .jobs("acme")])
        try await until("tenants polled, the other two in their initial delay") {
            source.recorded.count == 1 && time.pending == 3
        }
        time.advance(by: .milliseconds(150))
        // Connectors and jobs now wait for their slots (10 s and 20 s on), tenants for its 30 s interval.
        try await until("the two selection loads wait for the budget") { time.pending == 3 }
        #expect(source.recorded.count == 1)
        time.advance(by: .seconds(10))
        try await until("a second poll, 10 s after the first") { source.recorded.count == 2 }
        time.advance(by: .seconds(10))
        try await until("the third, 10 s later") { source.recorded.count == 3 }
        #expect(Set(source.recorded.map(\.subscription)) == [.tenants, .connectors("acme"), .jobs("acme")])
    }
}
