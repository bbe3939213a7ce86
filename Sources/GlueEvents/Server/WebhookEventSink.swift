import HotglueModels

import struct Foundation.Date

/// An event the intake accepted, with the bytes it arrived as (the relay stores them as they were signed).
public struct ReceivedWebhook: Sendable {
    public var event: HotglueEvent
    public var key: EventKey
    public var body: [UInt8]
    public var receivedAt: Date

    public init(event: HotglueEvent, key: EventKey, body: [UInt8], receivedAt: Date) {
        self.event = event
        self.key = key
        self.body = body
        self.receivedAt = receivedAt
    }
}

/// Where a webhook server puts what it accepted: the dashboard's batches, or the relay's table.
public protocol WebhookEventSink: Sendable {
    /// Keeps one accepted event before the delivery is answered. Throwing answers 503 and forgets the event, so
    /// that a redelivery is taken.
    func keep(_ received: ReceivedWebhook) async throws
}
