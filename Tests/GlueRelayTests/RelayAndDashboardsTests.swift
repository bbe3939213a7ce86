import Foundation
import GlueApp
import GlueCore
import GlueRelay
import GlueSync
import HotglueModels
import TestSupport
import Testing

/// A dashboard as far as webhooks go: the launcher's event sources reading the relay's database (a profile's
/// `events:`), the mailbox they post to, and `update` applying what arrives, as `DashboardSession` does.
final class EventReadingDashboard: Sendable {
    let sources: DashboardEventSources
    let mailbox = Mailbox(wakeup: nil)
    private let model = LockedValue(Model(
        connection: ConnectionInfo(profile: "team", host: "127.0.0.1", envID: "demo.hg.example.com", flowID: "l8odS2mce"),
        size: Size(width: 120, height: 40), now: Date()))

    private init(sources: DashboardEventSources) { self.sources = sources }

    static func start(_ database: DatabaseAddress) async throws -> EventReadingDashboard {
        let dashboard = EventReadingDashboard(sources: try await DashboardEventSources.start(webhooks: nil, events: database))
        dashboard.sources.forward(to: dashboard.mailbox)
        return dashboard
    }

    /// Applies what the mailbox holds; answers acme's jobs in the pulse as "job3 SYNC_FAILED", by id.
    func jobs() -> [String] {
        model.withLock { model in
            for message in mailbox.drain() { _ = update(&model, message) }
            return (model.pulse.data["acme"]?.jobs ?? []).map { "\($0.id) \($0.status.rawValue)" }.sorted()
        }
    }
}

@Suite("a relay and two dashboards against a real PostgreSQL", .serialized,
       .needs(PostgresServer.isInstalled, "PostgreSQL (apt-get install postgresql)"))
struct RelayAndDashboardsTests {
    @Test("the relay restarted, then PostgreSQL: both dashboards end with every job once, at its latest status; a repeat is stored once, a late event takes no job back")
    func relayThenPostgresRestarted() async throws {
        try await withPostgres { server in
            let first = try await startRelay(server)
            let dashboards = [try await EventReadingDashboard.start(try server.address),
                              try await EventReadingDashboard.start(try server.address)]
            for number in 1...3 { #expect(await deliver(jobEvent(number, status: "SYNC_STARTED"), to: first.url) == 202) }

            // The relay goes away mid-stream; Hotglue's deliveries meanwhile find nobody and come again later.
            await first.shutdown()
            #expect(await deliver(jobEvent(1), to: first.url) == 0)
            let second = try await startRelay(server, port: first.address.port)
            for number in 1...3 { #expect(await deliver(jobEvent(number), to: second.url) == 202) }

            // PostgreSQL goes away: deliveries are refused (503, to be delivered again), the feeds reconnect.
            await server.stop()
            #expect(await deliver(jobEvent(4), to: second.url) == 503)
            try server.start()
            for number in 4...6 {
                #expect(await poll(upTo: .seconds(60)) { await deliver(jobEvent(number), to: second.url) == 202 })
            }
            // A repeat the first relay stored already is kept once; a late, out-of-order event (job 2 created, after
            // it failed) is stored, and no dashboard takes job 2 back.
            #expect(await deliver(jobEvent(1, status: "SYNC_STARTED"), to: second.url) == 202)
            #expect(await deliver(jobEvent(2, status: "JOB_CREATED"), to: second.url) == 202)

            let expected = (1...6).map { "job\($0) SYNC_FAILED" }.sorted()
            // Every event stored (3 started, 6 failed, the late creation) is read by each dashboard.
            let stored = try await EventDatabase.check(try server.address)
            #expect(stored.events == 10)
            for (index, dashboard) in dashboards.enumerated() {
                var seen: [String] = []
                let caughtUp = await poll(upTo: .seconds(60)) {
                    seen = dashboard.jobs()
                    return seen == expected && dashboard.sources.feed?.lastID == stored.newestID
                }
                #expect(caughtUp, "dashboard \(index + 1) has \(seen)")
                #expect((dashboard.sources.feed?.reconnects ?? 0) >= 1)
            }
            for dashboard in dashboards { await dashboard.sources.shutdown() }
            await second.shutdown()
        }
    }
}
