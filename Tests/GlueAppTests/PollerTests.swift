import Foundation
@testable import GlueApp
import GlueCore
import HotglueModels
import TestSupport
import Testing

@Suite("Poller")
struct PollerTests {
    @Test("starts what is wanted, cancels what is not: a cancelled subscription is not polled when its interval is up")
    func startAndCancel() async throws {
        let source = ScriptedSource()
        let time = ManualSleep()
        let poller = Poller(source: source, mailbox: Mailbox(wakeup: nil), sleep: time.sleep)
        defer {
            poller.cancelAll()
            time.releaseAll()
        }
        poller.apply([.tenants, .connectors("acme")])
        // Tenants poll at once, then wait 30 s; connectors first wait their 0.15 s initial delay.
        try await until("tenants polled, connectors in their initial delay") {
            source.count(.tenants) == 1 && time.pending == 2
        }
        time.advance(by: .milliseconds(150))
        try await until("connectors polled, both waiting their interval") {
            source.count(.connectors("acme")) == 1 && time.pending == 2
        }
        #expect(poller.active == [.tenants, .connectors("acme")])

        poller.apply([.tenants])
        #expect(poller.active == [.tenants])
        // Two whole tenants intervals pass, each with the connectors' 5 s inside it. Each round ends with the tenants
        // poller alone waiting its interval: a connectors poller still running would be waiting its 5 s beside it.
        for round in 2...3 {
            time.advance(by: .seconds(5))
            time.advance(by: .seconds(25))
            try await until("tenants polled \(round) times, only tenants waiting") {
                source.count(.tenants) == round && time.pending == 1
            }
        }
        #expect(source.count(.connectors("acme")) == 1, "a cancelled poller does not poll again")
    }

    @Test("the cursor of one poll is handed to the next (the job log offset)")
    func cursorCarriesOver() async {
        let source = ScriptedSource()
        let poller = Poller(source: source, mailbox: Mailbox(wakeup: nil))
        poller.apply([.tenants])
        #expect(await eventually { source.count(.tenants) >= 1 })
        poller.refresh([.tenants])
        #expect(await eventually { source.count(.tenants) >= 2 })
        poller.refresh([.tenants])
        #expect(await eventually { source.count(.tenants) >= 3 })
        #expect(source.recorded.filter { $0.subscription == .tenants }.prefix(3).map(\.cursor) == [0, 1, 2])
        poller.cancelAll()
    }

    @Test("refresh now polls at once instead of at the 30 s interval, and never two at once")
    func refreshNoOverlap() async throws {
        let source = ScriptedSource(holdingEachPoll: true)
        let time = ManualSleep()
        let poller = Poller(source: source, mailbox: Mailbox(wakeup: nil), sleep: time.sleep)
        defer {
            poller.cancelAll()
            time.releaseAll()
        }
        poller.apply([.tenants])
        try await until("the first poll is in flight") { source.count(.tenants) == 1 }
        for _ in 0..<5 { poller.refresh([.tenants]) }
        source.finishHeldPoll()
        try await until("the refreshes' poll is in flight") { source.count(.tenants) == 2 }
        source.finishHeldPoll()
        // The poller then waits its 30 s, which never pass here: no third poll is held or running.
        try await until("the poller waits its interval") { time.pending == 1 }
        #expect(source.count(.tenants) == 2, "refreshes while a poll runs collapse into one")
        #expect(source.worstOverlap == 1)
    }

    @Test("results arrive in the mailbox")
    func mailbox() async throws {
        let mailbox = Mailbox(wakeup: nil)
        let poller = Poller(source: ScriptedSource(), mailbox: mailbox)
        poller.apply([.tenants])
        var received: [Msg] = []
        #expect(await eventually {
            received += mailbox.drain()
            return !received.isEmpty
        })
        guard case .requestRate(0) = received.first else { try wrongCase(received.first, expected: ".requestRate(0)") }
        poller.cancelAll()
    }

    @Test("after errors the poller backs off instead of polling at its interval")
    func backoff() {
        let retryable = APIError(category: .server, summary: "503", isRetryable: true)
        let rejected = APIError(category: .auth, summary: "401")
        #expect(PollBackoff.delay(after: retryable, failures: 1, interval: 5) == .seconds(10))
        #expect(PollBackoff.delay(after: retryable, failures: 3, interval: 5) == .seconds(40))
        #expect(PollBackoff.delay(after: retryable, failures: 9, interval: 5) == .seconds(60))
        #expect(PollBackoff.delay(after: rejected, failures: 1, interval: 2) == .seconds(30))
    }
}
