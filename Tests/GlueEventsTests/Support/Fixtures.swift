import Foundation
import GlueEvents
import GlueSync
import HotglueModels
import Logging
import TestSupport

/// A job details object as Hotglue documents it, at one status.
func jobBody(root: String = "acme/flows/l8odS2mce/jobs/2024/05/4/01/12/37g_DK", status: String,
             tenant: String = "acme", message: String? = nil) -> String {
    let jobID = root.split(separator: "/").last.map(String.init) ?? root
    let messageField = message.map { #", "message": "\#($0)""# } ?? ""
    return """
        {"job_id": "\(jobID)", "env_id": "prod.hg.example.com", "flow_id": "l8odS2mce", "tenant": "\(tenant)", \
        "s3_root": "\(root)", "connector_id": "salesforce", "job_type": "read", "status": "\(status)", \
        "start_time": "2024-05-01T12:00:00.000000+00:00"\(messageField)}
        """
}

/// Starts a receiver on a free loopback port, runs `body`, and always shuts it down.
func withReceiver(
    secret: String? = nil, maxBodyBytes: Int = 1 << 20, batchWindow: Duration = .milliseconds(100), maxBatch: Int = 1_000,
    _ body: (WebhookReceiver, WebhookPoster, EventCollector) async throws -> Void
) async throws {
    var configuration = WebhookReceiverConfiguration(listen: ListenAddress(port: 0), secret: secret.map(WebhookSecret.init))
    configuration.maxBodyBytes = maxBodyBytes
    configuration.batchWindow = batchWindow
    configuration.maxBatch = maxBatch
    configuration.logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    let receiver = try await WebhookReceiver.start(configuration)
    let collector = EventCollector()
    let reading = Task { for await batch in receiver.batches { collector.add(batch) } }
    do {
        try await body(receiver, WebhookPoster(url: receiver.url), collector)
    } catch {
        await receiver.shutdown()
        await reading.value
        throw error
    }
    await receiver.shutdown()
    await reading.value
}

/// The batches a receiver handed out, as the dashboard would take them.
final class EventCollector: Sendable {
    private let state = LockedValue<[[HotglueEvent]]>([])

    func add(_ batch: [HotglueEvent]) { state.withLock { $0.append(batch) } }

    var batches: [[HotglueEvent]] { state.withLock { $0 } }
    var events: [HotglueEvent] { batches.flatMap { $0 } }

    /// Waits until at least `count` events arrived (a failure guard: far longer than needed).
    func waitFor(_ count: Int) async -> Bool {
        await poll(upTo: .seconds(20)) { events.count >= count }
    }
}

extension HotglueEvent {
    /// "job SYNC_STARTED", "discover FAILED", "connection linked": what a test compares.
    var summary: String {
        switch self {
        case .job(let job): "job \(job.status.rawValue)"
        case .discover(let event): "discover \(event.status)"
        case .connection(let event): "connection \(event.change.rawValue)"
        }
    }
}
