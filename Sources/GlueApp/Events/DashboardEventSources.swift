import Foundation
import GlueCore
import GlueEvents
import GlueRelay
import GlueSync
import HotglueModels
import Logging

/// Where the dashboard hears Hotglue's webhooks: its own listener (a profile's `webhooks:`; the demo's, which its
/// emulator posts to) and the relay's database (`events:`). Each batch becomes one `Msg.webhookEvents` in the
/// mailbox; the pulse takes them as hints and keeps sweeping, since delivery is not guaranteed.
public final class DashboardEventSources: Sendable {
    public let receiver: WebhookReceiver?
    public let feed: EventFeed?
    private let forwarders = LockedValue<[Task<Void, Never>]>([])

    private init(receiver: WebhookReceiver?, feed: EventFeed?) {
        self.receiver = receiver
        self.feed = feed
    }

    /// Starts listening and reading; nothing reaches a mailbox before `forward(to:)`. A listen address in use or
    /// a refused bind is an error the operator reads before the dashboard starts.
    public static func start(webhooks: WebhookReceiverConfiguration?, events: DatabaseAddress?) async throws
        -> DashboardEventSources
    {
        let receiver: WebhookReceiver?
        if let webhooks {
            do {
                receiver = try await WebhookReceiver.start(webhooks)
            } catch {
                throw LaunchError("webhooks: cannot listen on \(webhooks.listen): \(error)")
            }
        } else {
            receiver = nil
        }
        let feed = events.map { EventFeed(database: $0, logger: Logger(label: "gluetop.events")) }
        return DashboardEventSources(receiver: receiver, feed: feed)
    }

    /// Where the listener takes deliveries (for the demo's emulator), when there is one.
    public var webhookURL: String? { receiver?.url }

    /// Hands every batch to the update loop from now on, stamped with the time it arrived.
    public func forward(to mailbox: Mailbox) {
        var tasks: [Task<Void, Never>] = []
        if let receiver {
            tasks.append(Task {
                for await batch in receiver.batches where !batch.isEmpty {
                    mailbox.post(.webhookEvents(batch, at: Date()))
                }
            })
        }
        if let feed {
            tasks.append(Task {
                for await batch in feed.batches where !batch.isEmpty {
                    mailbox.post(.webhookEvents(batch.map(\.event), at: Date()))
                }
            })
        }
        forwarders.withLock { $0 += tasks }
    }

    /// Stops listening and reading; the forwarders end with their streams.
    public func shutdown() async {
        await receiver?.shutdown()
        await feed?.stop()
        for task in forwarders.withLock({ $0 }) { await task.value }
    }
}
