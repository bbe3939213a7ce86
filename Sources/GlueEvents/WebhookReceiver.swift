import HotglueModels

/// The dashboard's own webhook listener: verifies, de-duplicates and batches Hotglue's webhooks.
///
/// ```swift
/// let receiver = try await WebhookReceiver.start(configuration)
/// for await batch in receiver.batches { mailbox.post(.events(batch)) }   // one message per batch
/// await receiver.shutdown()                                                 // ends `batches`
/// ```
public final class WebhookReceiver: Sendable {
    /// Accepted events, de-duplicated, in order of arrival, grouped by `batchWindow`. Ends at `shutdown()`.
    public let batches: AsyncStream<[HotglueEvent]>
    public let server: WebhookServer
    private let batcher: EventBatcher

    private init(server: WebhookServer, batcher: EventBatcher) {
        self.server = server
        self.batcher = batcher
        batches = batcher.batches
    }

    public static func start(_ configuration: WebhookReceiverConfiguration) async throws -> WebhookReceiver {
        let batcher = EventBatcher(
            window: configuration.batchWindow, maxBatch: configuration.maxBatch,
            bufferedBatches: configuration.bufferedBatches)
        let server = try await WebhookServer.start(
            listen: configuration.listen, intake: WebhookIntake(configuration.intakeSettings),
            sink: BatchingSink(batcher: batcher), logger: configuration.logger)
        return WebhookReceiver(server: server, batcher: batcher)
    }

    /// Where it listens (with the bound port), e.g. for the header.
    public var address: ListenAddress { server.address }
    public var url: String { server.url }

    public var status: WebhookReceiverStatus {
        let counts = batcher.counts
        return WebhookReceiverStatus(
            intake: server.intake.status, batches: counts.batches, batchedEvents: counts.events,
            droppedEvents: counts.droppedEvents)
    }

    /// Stops listening, hands out what is pending and ends `batches`.
    public func shutdown() async {
        await server.shutdown()
        batcher.finish()
    }
}

/// The receiver's counters: the intake's, and what the batches carried.
public struct WebhookReceiverStatus: Hashable, Sendable, CustomStringConvertible {
    public var intake: WebhookIntakeStatus
    public var batches: Int
    public var batchedEvents: Int
    /// Accepted events lost because the dashboard left `bufferedBatches` batches untaken.
    public var droppedEvents: Int

    public var description: String {
        "\(intake); \(batches) batches" + (droppedEvents > 0 ? ", \(droppedEvents) events dropped unread" : "")
    }
}

/// Accepted events go to the batcher; keeping never fails.
struct BatchingSink: WebhookEventSink {
    let batcher: EventBatcher

    func keep(_ received: ReceivedWebhook) async throws {
        batcher.add(received.event)
    }
}
