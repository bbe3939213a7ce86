import Logging

/// Everything the dashboard's webhook receiver needs; a profile's `webhooks: {listen, secret}` gives the first two.
public struct WebhookReceiverConfiguration: Sendable {
    public var listen: ListenAddress
    /// nil: unsigned deliveries are taken (only sensible on loopback, e.g. behind an ssh tunnel).
    public var secret: WebhookSecret?
    /// Larger bodies are refused with 413 (1 MiB: a job details object is a few KB).
    public var maxBodyBytes = 1 << 20
    /// Events arriving within this time of a batch's first are handed out together.
    public var batchWindow: Duration = .milliseconds(100)
    /// A batch is handed out early once it holds this many events.
    public var maxBatch = 1_000
    /// De-duplication remembers this many recent events.
    public var recentKeysKept = 20_000
    /// Batches the dashboard has not taken yet, at most; more are dropped and counted.
    public var bufferedBatches = 10_000
    public var logger = Logger(label: "gluetop.webhooks")

    public init(listen: ListenAddress = ListenAddress(port: 9090), secret: WebhookSecret? = nil) {
        self.listen = listen
        self.secret = secret
    }

    var intakeSettings: WebhookIntake.Settings {
        WebhookIntake.Settings(secret: secret, maxBodyBytes: maxBodyBytes, recentKeysKept: recentKeysKept)
    }
}
