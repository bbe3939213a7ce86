import ArgumentParser
import Dispatch
import Foundation
import Glibc
import HotglueEmulator

/// `gluetop emulator`: serves a Hotglue-compatible API with a seeded demo world until SIGINT or SIGTERM.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Serve a Hotglue-compatible API with a seeded demo world (for demos and tests).",
        discussion: """
            Fault rules (--faults) are comma-separated FAULT[@ROUTE][:OPTION]... where FAULT is a status (429, 503),
            latency=300ms, drop (before the request is handled), dropafter (after: the change is made, the answer
            lost), truncate, html[=502] or malformed; ROUTE is a path prefix (/tenants) or a path fragment
            (linkedConnectors), ending in $ to end the path (discover$); OPTION is retry=SECONDS, times=N,
            p=PROBABILITY or method=GET.
            Example: --faults "429@/tenants:retry=2:times=3,500:p=0.1,latency=300ms"

            Webhooks (--webhook URL): a job event (the job details object) at every job status change, a discover
            event when a discovery ends, a connection event on link and unlink, signed with X-Hub-Signature (hex
            HMAC-SHA1 of the body) when --webhook-secret is given. --webhook-faults are comma-separated
            FAULT[@KIND][:OPTION]... where FAULT is duplicate, reorder, delay=2s, drop or missign; KIND is job,
            discover or connection; OPTION is times=N or p=PROBABILITY.
            Example: --webhook http://127.0.0.1:9090/ --webhook-faults "duplicate:p=0.1,drop@discover:times=1"
            """
    )

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8787

    @Option(help: "Seed of the generated world and of the fault dice.")
    var seed: UInt64 = 42

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .customLong("api-key"), help: "The secret API key clients must send as x-api-key.")
    var apiKey: String?

    @Option(name: .customLong("env"), help: "Environment id.")
    var envID: String?

    @Option(name: .customLong("flow"), help: "Flow id.")
    var flowID: String?

    @Option(help: "Number of generated tenants (besides 'default').")
    var tenants: Int?

    @Option(help: ArgumentHelp(
        "How often jobs fail: demo (one in five) or realistic (about 4.6%, clustered on ~3% broken connections).",
        discussion: "Default: demo below 1,000 tenants, realistic from there."))
    var failures: String?

    @Option(help: "Fault rules, e.g. \"429@/tenants:retry=2:times=3,latency=300ms\".")
    var faults: String?

    @Option(name: .customLong("discover-seconds"), help: "How long a discovery runs.")
    var discoverSeconds: Double?

    @Option(name: .customLong("job-stage-seconds"), help: "How long each job stage takes.")
    var jobStageSeconds: Double?

    @Option(help: ArgumentHelp(
        "Emulated seconds per wall second: 6 runs an hour of jobs and discoveries in 10 minutes (default 1).",
        discussion: "Tenant tokens expire on the emulated clock too."))
    var speed: String?

    @Option(help: "Post Hotglue's webhooks (job, discover, connection events) to this URL.")
    var webhook: String?

    @Option(name: .customLong("webhook-secret"), help: "Sign webhooks with this secret (X-Hub-Signature).")
    var webhookSecret: String?

    @Option(name: .customLong("webhook-faults"), help: "Webhook delivery faults, e.g. \"duplicate:p=0.1,drop@discover:times=1\".")
    var webhookFaults: String?

    @Flag(help: "Do not print a line per request.")
    var quiet = false

    @Flag(name: .customLong("live-demo"), help: "Keep the first tenant busy: a discovery running at start, scheduled jobs one after another.")
    var liveDemo = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0-65535") }
        if let tenants, tenants < 0 { throw ValidationError("--tenants must not be negative") }
        for (name, value) in [("--discover-seconds", discoverSeconds), ("--job-stage-seconds", jobStageSeconds)] {
            if let value, !(value >= 0 && value.isFinite) { throw ValidationError("\(name) must be a non-negative number") }
        }
        if let speed {
            do {
                _ = try ClockSpeed(parsing: speed)
            } catch {
                throw ValidationError("--speed: \(error.description)")
            }
        }
        if let faults {
            do {
                _ = try FaultInjector.parseRules(faults)
            } catch {
                throw ValidationError("--faults: \(error.description)")
            }
        }
        if let failures, JobFailureModel(rawValue: failures) == nil {
            throw ValidationError("--failures must be demo or realistic")
        }
        if let webhook, !(webhook.hasPrefix("http://") || webhook.hasPrefix("https://")) {
            throw ValidationError("--webhook must be an http(s) URL, e.g. http://127.0.0.1:9090/")
        }
        if webhook == nil, webhookSecret != nil || webhookFaults != nil {
            throw ValidationError("--webhook-secret and --webhook-faults need --webhook URL")
        }
        if let webhookFaults {
            do {
                _ = try WebhookFaultInjector.parseRules(webhookFaults)
            } catch {
                throw ValidationError("--webhook-faults: \(error.description)")
            }
        }
    }

    func run() async throws {
        let emulator = try await HotglueEmulatorServer.start(makeSettings(), host: host, port: port)
        printBanner(emulator)
        await TerminationSignal.wait()
        StandardOutputLine.write("Stopping the emulator…")
        try await emulator.shutdown()
    }

    private func makeSettings() throws -> EmulatorSettings {
        var settings = EmulatorSettings()
        settings.seed = seed
        settings.liveDemo = liveDemo
        if let apiKey { settings.apiKey = apiKey }
        if let envID { settings.envID = envID }
        if let flowID { settings.flowID = flowID }
        if let tenants { settings.tenantCount = tenants }
        if let failures { settings.failureModel = JobFailureModel(rawValue: failures) }
        if let discoverSeconds { settings.discoverDuration = .milliseconds(Int(discoverSeconds * 1000)) }
        if let jobStageSeconds { settings.jobStageDuration = .milliseconds(Int(jobStageSeconds * 1000)) }
        if let faults { settings.faults = try FaultInjector.parseRules(faults) }
        if let webhook {
            var webhooks = EmulatorWebhookSettings(url: webhook, secret: webhookSecret)
            if let webhookFaults { webhooks.faults = try WebhookFaultInjector.parseRules(webhookFaults) }
            settings.webhook = webhooks
        }
        if let speed {
            let factor = try ClockSpeed(parsing: speed).factor
            settings.clock = .scaled(speed: factor)
        }
        if !quiet {
            settings.onRequest = { request in
                let fault = request.fault.map { "  [fault: \($0)]" } ?? ""
                let status = request.status == 0 ? "dropped" : String(request.status)
                StandardOutputLine.write("\(request.method) \(request.path) → \(status)\(fault)")
            }
        }
        return settings
    }

    private func printBanner(_ emulator: RunningEmulator) {
        let settings = emulator.settings
        let example = "\(emulator.baseURL)/v2/\(settings.envID)/\(settings.flowID)/acme/linkedConnectors"
        StandardOutputLine.write("""
            Hotglue emulator (demo data, seed \(settings.seed))
              base URL    \(emulator.baseURL)
              env id      \(settings.envID)
              flow id     \(settings.flowID)
              API key     \(settings.apiKey)   (secret key: no tenant token needed)
              public key  \(settings.publicAPIKey)   (GET linkedConnectors then needs ?token=<tenant JWT>)
              faults      \(settings.faults.isEmpty ? "none" : String(settings.faults.count) + " rule(s)")
              webhooks    \(Self.webhookDescription(settings.webhook))
              clock       \(Self.clockDescription(settings.clock.speed))
            Try:
              curl -H 'x-api-key: \(settings.apiKey)' '\(example)'
            Serving until Ctrl-C (SIGINT) or SIGTERM.
            """)
    }

    /// The URL, whether deliveries are signed (never the secret) and how many fault rules apply.
    private static func webhookDescription(_ webhook: EmulatorWebhookSettings?) -> String {
        guard let webhook else { return "none (--webhook URL posts them)" }
        let signed = webhook.secret == nil ? "unsigned" : "signed"
        let faults = webhook.faults.isEmpty ? "" : ", \(webhook.faults.count) fault rule(s)"
        return "\(webhook.url) (\(signed)\(faults))"
    }

    private static func clockDescription(_ speed: Double) -> String {
        speed == 1 ? "wall time" : "\(String(format: "%g", speed)) × wall time (emulated seconds per wall second)"
    }

}
