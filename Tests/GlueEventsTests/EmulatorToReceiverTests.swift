import Foundation
import GlueEvents
import HotglueEmulator
import HotglueModels
import TestSupport
import Testing

import GlueSync
import Logging

@Suite("The emulator posts webhooks; the receiver takes them (end to end, real HTTP)")
struct EmulatorToReceiverTests {
    /// The statuses of one job, in the order the receiver handed them out.
    private func received(_ collector: EventCollector, root: String) -> [String] {
        collector.events.compactMap { event in
            guard case .job(let job) = event, job.jobRoot?.rawValue == root else { return nil }
            return job.status.rawValue
        }
    }

    /// Moves the clock past the job's end and waits until all but `missing` of its statuses arrived; answers
    /// the statuses the API lists, in order.
    private func runToTheEnd(
        _ driver: EmulatorDriver, _ collector: EventCollector, root: String, missing: Int = 0
    ) async throws -> [String] {
        driver.advance(stages: 20)
        let expected = try await driver.statuses(root: root)
        #expect(await poll(upTo: .seconds(20)) { received(collector, root: root).count >= expected.count - missing },
                "received \(received(collector, root: root)), expected \(expected)")
        return expected
    }

    @Test("a job's status changes arrive signed, in order, once each, as job details objects")
    func jobLifecycle() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            let settings = webhookEmulatorSettings(url: receiver.url, secret: "s3cret", faults: [WebhookFaultRule(.duplicate)])
            try await withEmulator(settings) { driver async throws in
                let root = try await driver.runJob()
                #expect(await poll(upTo: .seconds(20)) { received(collector, root: root) == ["JOB_CREATED"] })
                let expected = try await runToTheEnd(driver, collector, root: root)
                #expect(expected.first == "JOB_CREATED" && expected.count >= 4)
                #expect(received(collector, root: root) == expected)
                // Every delivery was sent twice; the second of each was a duplicate.
                #expect(await poll(upTo: .seconds(20)) { receiver.status.intake.duplicates == expected.count })
                #expect(receiver.status.intake.refusedTotal == 0)
                let last = collector.events.last { if case .job(let job) = $0 { job.jobRoot?.rawValue == root } else { false } }
                guard case .job(let job)? = last else { Issue.record("no job event"); return }
                #expect(job.tenant == "acme" && job.connector == "salesforce" && job.status.isTerminal)
                #expect(job.status.isFailure == (job.message != nil))
            }
        }
    }

    @Test("connection events on link and unlink; a discover event when a discovery ends")
    func connectionsAndDiscovery() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            try await withEmulator(webhookEmulatorSettings(url: receiver.url, secret: "s3cret")) { driver async throws in
                // Payloads carry no id: a link, an unlink and a link at the same instant would be one event
                // twice. The clock moves between them, as it would.
                #expect(try await driver.link(tenant: "acme", connector: "hubspot") == 200)
                #expect(try await driver.discover(tenant: "acme", connector: "hubspot") == 200)
                driver.advance(stages: 1)
                #expect(try await driver.unlink(tenant: "acme", connector: "hubspot") == 200)
                driver.advance(stages: 1)
                #expect(try await driver.link(tenant: "acme", connector: "hubspot") == 200)
                #expect(await collector.waitFor(3))
                #expect(try await driver.discover(tenant: "acme", connector: "hubspot") == 200)
                driver.advance(stages: 3)
                #expect(await collector.waitFor(4))
                let summaries = collector.events.map(\.summary)
                #expect(summaries.prefix(3) == ["connection linked", "connection unlinked", "connection linked"])
                #expect(summaries.last == "discover SUCCEEDED" || summaries.last == "discover FAILED")
                #expect(collector.events.allSatisfy { $0.tenant == "acme" })
            }
        }
    }

    @Test("drop: the dropped delivery never arrives, the rest do")
    func drop() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            let faults = [WebhookFaultRule(.drop, kind: .job, times: 1)]
            try await withEmulator(webhookEmulatorSettings(url: receiver.url, secret: "s3cret", faults: faults)) { driver async throws in
                let root = try await driver.runJob()
                let expected = try await runToTheEnd(driver, collector, root: root, missing: 1).dropFirst()
                #expect(received(collector, root: root) == Array(expected))
                #expect(driver.emulator.webhooks?.stats.faults == ["drop": 1])
            }
        }
    }

    @Test("reorder: the held delivery arrives after the next one")
    func reorder() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            let faults = [WebhookFaultRule(.reorder, kind: .job, times: 1)]
            try await withEmulator(webhookEmulatorSettings(url: receiver.url, secret: "s3cret", faults: faults)) { driver async throws in
                let root = try await driver.runJob()
                let expected = try await runToTheEnd(driver, collector, root: root)
                #expect(received(collector, root: root) == [expected[1], expected[0]] + expected.dropFirst(2))
            }
        }
    }

    @Test("missign: the mis-signed delivery is refused with 401 and counted; the rest are taken")
    func missign() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            let faults = [WebhookFaultRule(.missign, kind: .job, times: 1)]
            try await withEmulator(webhookEmulatorSettings(url: receiver.url, secret: "s3cret", faults: faults)) { driver async throws in
                let root = try await driver.runJob()
                let expected = try await runToTheEnd(driver, collector, root: root, missing: 1).dropFirst()
                #expect(received(collector, root: root) == Array(expected))
                #expect(receiver.status.intake.refused == [.signatureMismatch: 1])
                #expect(driver.emulator.webhooks?.stats.answeredNon2xx == [401: 1])
            }
        }
    }

    @Test("delay: the delayed delivery arrives, no sooner than its delay")
    func delay() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            let faults = [WebhookFaultRule(.delay(.seconds(1)), kind: .job, times: 1)]
            try await withEmulator(webhookEmulatorSettings(url: receiver.url, secret: "s3cret", faults: faults)) { driver async throws in
                let clock = ContinuousClock()
                let started = clock.now
                let root = try await driver.runJob()
                #expect(await poll(upTo: .seconds(20)) { received(collector, root: root) == ["JOB_CREATED"] })
                #expect(clock.now - started >= .seconds(1))
            }
        }
    }

    @Test("delay: later deliveries are not held up behind a delayed one")
    func delayDoesNotHoldUp() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            // Far longer than the test: the delayed delivery is still waiting when the emulator stops.
            let faults = [WebhookFaultRule(.delay(.seconds(3_600)), kind: .job, times: 1)]
            try await withEmulator(webhookEmulatorSettings(url: receiver.url, secret: "s3cret", faults: faults)) { driver async throws in
                let root = try await driver.runJob()
                let expected = try await runToTheEnd(driver, collector, root: root, missing: 1)
                #expect(received(collector, root: root) == Array(expected.dropFirst()))
                #expect(driver.emulator.webhooks?.stats.faults == ["delay": 1])
                #expect(driver.emulator.webhooks?.stats.waiting == 1)
            }
        }
    }

    @Test("a stalled receiver never holds up the API: past the backlog, deliveries are dropped and counted")
    func stalledReceiver() async throws {
        let stall = StallingReceiver()
        let server = try await WebhookServer.start(
            listen: ListenAddress(port: 0), intake: WebhookIntake(.init()), sink: stall,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        var settings = webhookEmulatorSettings(url: server.url, secret: nil)
        settings.webhook?.backlog = 2
        try await withEmulator(settings) { driver async throws in
            for _ in 0..<5 {
                #expect(try await driver.link(tenant: "acme", connector: "hubspot") == 200)
                #expect(try await driver.unlink(tenant: "acme", connector: "hubspot") == 200)
            }
            let stats = try #require(driver.emulator.webhooks?.stats)
            #expect(stats.queued == 10)
            #expect(stats.droppedBacklog >= 10 - 1 - 2)
            #expect(stats.delivered == 0)
        }
        stall.release()
        await server.shutdown()
    }

    @Test("unsigned when the emulator has no secret: a receiver with a secret refuses every delivery")
    func unsignedRefused() async throws {
        try await withReceiver(secret: "s3cret") { receiver, _, collector async throws in
            try await withEmulator(webhookEmulatorSettings(url: receiver.url, secret: nil)) { driver async throws in
                #expect(try await driver.link(tenant: "acme", connector: "hubspot") == 200)
                #expect(await poll(upTo: .seconds(20)) { receiver.status.intake.refused[.signatureMissing] == 1 })
                #expect(collector.events.isEmpty)
            }
        }
    }
}

/// A sink that does not return until released: a receiver that has stopped answering.
final class StallingReceiver: WebhookEventSink {
    private let released = LockedValue(false)

    func release() { released.withLock { $0 = true } }

    func keep(_ received: ReceivedWebhook) async throws {
        _ = await poll(upTo: .seconds(120)) { released.withLock { $0 } }
    }
}
