import Foundation
import GlueEvents
import GlueRelay
import HotglueModels
import TestSupport
import Testing

@Suite("gluetop relay against a real PostgreSQL", .serialized, .needs(PostgresServer.isInstalled, "PostgreSQL (apt-get install postgresql)"))
struct RelayTests {
    @Test("verified events are stored once each and read back in order; refused ones are not stored")
    func storeAndFeed() async throws {
        try await withPostgres { server in
            let relay = try await startRelay(server)
            let feed = EventFeed(database: try server.address)
            let collector = FeedCollector(feed)
            for number in 1...3 {
                #expect(await deliver(jobEvent(number), to: relay.url) == 202)
            }
            #expect(await deliver(jobEvent(2), to: relay.url) == 200)
            #expect(await deliver(jobEvent(4), to: relay.url, secret: "wrong") == 401)
            #expect(await deliver(#"{"nothing": 1}"#, to: relay.url) == 400)
            #expect(await collector.waitFor(3))
            #expect(collector.jobs == ["job1 SYNC_FAILED", "job2 SYNC_FAILED", "job3 SYNC_FAILED"])
            #expect(collector.events.map(\.id) == collector.events.map(\.id).sorted())
            let status = relay.status
            #expect(status.stored == 3 && status.intake.duplicates == 1)
            #expect(status.intake.refused == [.signatureMismatch: 1, .notAnEvent: 1])
            #expect(status.description.contains("received 6, refused 2 (signature-mismatch 1, not-an-event 1), stored 3"))
            let check = try await EventDatabase.check(try server.address)
            #expect(check.events == 3 && check.newestID == feed.lastID)
            await feed.stop()
            await relay.shutdown()
        }
    }

    @Test("the relay restarted mid-stream: nothing missed, and a feed started later catches up from 0")
    func relayRestart() async throws {
        try await withPostgres { server in
            let feed = EventFeed(database: try server.address)
            let collector = FeedCollector(feed)
            let first = try await startRelay(server)
            for number in 1...3 { #expect(await deliver(jobEvent(number), to: first.url) == 202) }
            await first.shutdown()
            #expect(await deliver(jobEvent(4), to: first.url) == 0)
            let second = try await startRelay(server, port: first.address.port)
            for number in 4...6 { #expect(await deliver(jobEvent(number), to: second.url) == 202) }
            #expect(await collector.waitFor(6))
            #expect(collector.jobs == (1...6).map { "job\($0) SYNC_FAILED" })
            let late = EventFeed(database: try server.address)
            let lateCollector = FeedCollector(late)
            #expect(await lateCollector.waitFor(6))
            #expect(lateCollector.events == collector.events)
            await late.stop()
            await feed.stop()
            await second.shutdown()
        }
    }

    @Test("PostgreSQL restarted mid-stream: deliveries during the outage are answered 503, redelivered, and the feed catches up with nothing missed or doubled")
    func postgresRestart() async throws {
        try await withPostgres { server in
            let relay = try await startRelay(server)
            let feed = EventFeed(database: try server.address, retryDelay: .milliseconds(200))
            let collector = FeedCollector(feed)
            for number in 1...3 { #expect(await deliver(jobEvent(number), to: relay.url) == 202) }
            #expect(await collector.waitFor(3))
            await server.stop()
            // Hotglue would deliver these again later; the relay did not keep them.
            for number in 4...5 { #expect(await deliver(jobEvent(number), to: relay.url) == 503) }
            try server.start()
            for number in 4...7 {
                #expect(await poll(upTo: .seconds(60)) { await deliver(jobEvent(number), to: relay.url) == 202 })
            }
            #expect(await collector.waitFor(7))
            #expect(collector.jobs == (1...7).map { "job\($0) SYNC_FAILED" })
            #expect(feed.reconnects >= 1)
            #expect(relay.status.storeFailures >= 2)
            await feed.stop()
            await relay.shutdown()
        }
    }
}
