import Foundation

/// Everything that shapes one emulator: identity (env, flow, keys), the seeded world, timing and faults.
public struct EmulatorSettings: Sendable {
    /// Seeds the world (tenants, connectors, states, job history) and the fault dice.
    public var seed: UInt64 = 42
    public var envID: String = "demo.hg.example.com"
    public var flowID: String = "l8odS2mce"
    /// The secret key: every call accepted, no tenant token needed.
    public var apiKey: String = "hg-demo-secret-key"
    /// The public (widget) key: GET linkedConnectors then needs `?token=<tenant JWT>`.
    public var publicAPIKey: String = "hg-demo-public-key"
    /// Tenants generated besides the admin tenant `default`.
    public var tenantCount: Int = 24
    /// How often jobs fail; nil: `demo` below `JobFailureModel.realisticFromTenants` tenants, `realistic` from there.
    public var failureModel: JobFailureModel? = nil
    /// How long a discovery runs.
    public var discoverDuration: Duration = .seconds(8)
    /// How long each job stage takes.
    public var jobStageDuration: Duration = .seconds(4)
    public var clock: EmulatorClock = .system
    /// `gluetop --demo`: the first tenant keeps something moving: a discovery running at start, and scheduled
    /// jobs one after another (a short pause between them), so there is always a job to watch.
    public var liveDemo = false
    /// How many jobs each tenant keeps, newest first; older ones are forgotten (their status and log answer 404),
    /// so the live demo's endless jobs do not grow the emulator. At least 1.
    public var jobsKeptPerTenant = 100
    /// Rules active from the start (the CLI's `--faults`).
    public var faults: [FaultRule] = []
    /// Called after every answered (or dropped) request, e.g. for the CLI to print an access log.
    /// Addition to the agreed API; secrets are already masked in what it receives.
    public var onRequest: (@Sendable (RecordedRequest) -> Void)? = nil
    /// Where to post Hotglue's webhooks for every change in the world (`--webhook`); nil: none are sent.
    public var webhook: EmulatorWebhookSettings? = nil

    public init() {}
}
