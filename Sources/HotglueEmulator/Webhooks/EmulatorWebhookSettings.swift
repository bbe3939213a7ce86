/// `gluetop emulator --webhook URL [--webhook-secret S]`: where the emulator posts Hotglue's webhooks for every
/// change in its world, and how.
public struct EmulatorWebhookSettings: Sendable {
    /// The receiver's URL (`http://127.0.0.1:9090/`).
    public var url: String
    /// Signs each body (`X-Hub-Signature`: hex HMAC-SHA1) when set.
    public var secret: String?
    /// Deliveries waiting to be sent, at most; more are dropped and counted, so a slow receiver never slows the API.
    public var backlog = 10_000
    /// How often (wall time) the world is asked for the job and discovery changes its clock has reached.
    public var pollInterval: Duration = .milliseconds(50)
    /// How long one delivery may take before it counts as failed.
    public var timeout: Duration = .seconds(10)
    /// Delivery faults active from the start (`--webhook-faults`).
    public var faults: [WebhookFaultRule] = []

    public init(url: String, secret: String? = nil) {
        self.url = url
        self.secret = secret
    }
}
