import Foundation
@testable import GlueApp
import GlueCore
import HotglueModels
import Testing

@Suite("Poller")
struct PollerTests {
    @Test("starts what is wanted, cancels what is not, and polls again after the interval")
    func startAndCancel() async {
        let source = ScriptedSource()
        let mailbox = Mailbox(wakeup: nil)
        let poller = Poller(source: source, mailbox: mailbox)
        poller.apply([.tenants, .connectors("acme")])
        #expect(await eventually { source.count(.tenants) == 1 && source.count(.connectors("acme")) == 1 })
        #expect(poller.active == [.tenants, .connectors("acme")])
        poller.apply([.tenants])
        #expect(poller.active == [.tenants])
        let before = source.count(.connectors("acme"))
        try? await Task.sleep(for: .milliseconds(300))
        #expect(source.count(.connectors("acme")) == before, "a cancelled poller does not poll again")
        poller.cancelAll()
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
    func refreshNoOverlap() async {
        let source = ScriptedSource(delay: .milliseconds(50))
        let poller = Poller(source: source, mailbox: Mailbox(wakeup: nil))
        poller.apply([.tenants])
        #expect(await eventually { source.count(.tenants) == 1 })
        for _ in 0..<5 { poller.refresh([.tenants]) }
        #expect(await eventually { source.count(.tenants) >= 2 })
        try? await Task.sleep(for: .milliseconds(300))
        #expect(source.worstOverlap == 1)
        #expect(source.count(.tenants) <= 3, "refreshes while a poll runs collapse into one")
        poller.cancelAll()
    }

    @Test("results arrive in the mailbox")
    func mailbox() async {
        let mailbox = Mailbox(wakeup: nil)
        let poller = Poller(source: ScriptedSource(), mailbox: mailbox)
        poller.apply([.tenants])
        var received: [Msg] = []
        #expect(await eventually {
            received += mailbox.drain()
            return !received.isEmpty
        })
        guard case .requestRate(0) = received.first else {
            Issue.record("unexpected message \(String(describing: received.first))")
            return
        }
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
