/// A running emulator's webhooks: where they go, their faults and counts. The sender posts in the background and
/// a ticker asks the world, every `pollInterval`, for the job and discovery changes its clock has reached.
public final class EmulatorWebhooks: Sendable {
    public let url: String
    /// Delivery faults, changeable while the emulator runs.
    public let faults: WebhookFaultInjector
    private let sender: WebhookSender
    private let sending: Task<Void, Never>
    private let ticking: Task<Void, Never>

    /// Starts sending what `sender` is given and ticking `world` (whose events go to `sender`).
    init(sender: WebhookSender, world: EmulatorWorld) {
        url = sender.settings.url
        faults = sender.faults
        self.sender = sender
        sending = Task { await sender.run() }
        let interval = sender.settings.pollInterval
        ticking = Task {
            while !Task.isCancelled {
                await world.announceDueWebhooks()
                try? await Task.sleep(for: interval)
            }
        }
    }

    public var stats: WebhookDeliveryStats { sender.stats }

    /// Stops announcing and sending; what was still queued is not sent.
    func stop() async {
        ticking.cancel()
        await ticking.value
        sender.finish()
        sending.cancel()
        await sending.value
    }
}
