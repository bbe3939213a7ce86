import ArgumentParser
import Foundation
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON

/// `gluetop pulse [--since 24h] [--wait-fresh] [-o table|json|yaml]`: what the dashboard's pulse shows, for scripts
/// and runbooks. It starts from the pulse's cache (what the dashboard, or the last `gluetop pulse`, knew) and checks
/// the tenants it knows nothing of; `--wait-fresh` checks every tenant whose news is older than `--fresh` first.
/// Every tenant's news carries its age, so an answer built from an old cache says so.
public struct PulseCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pulse",
        abstract: "Failing, stuck and running jobs across every tenant (the dashboard's pulse).",
        discussion: """
            Starts from the pulse's cache ($XDG_CACHE_HOME/gluetop/pulse/), checks the tenants it has never \
            heard of, and with --wait-fresh every tenant whose news is older than --fresh. Checks are paced by \
            --rate. The cache is written back, so the next run (and the dashboard) starts from this answer.

            """ + exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @Option(help: "Count failures in this window: 90m, 6h, 24h, 7d.") var since: String = "24h"

    @Flag(help: "Check every tenant whose news is older than --fresh before answering.") var waitFresh = false

    @Option(help: "With --wait-fresh: news younger than this is fresh enough (30s, 5m, 1h; 0s: check every tenant).") var fresh: String = "60s"

    @Option(help: "Checks a second, at most.") var rate: Double = 5

    public init() {}

    var window: Double? { PulseWindow.parse(since) }
    /// `0s` (or `0`): nothing is fresh enough, every tenant is checked.
    var freshness: Double? { ["0", "0s"].contains(fresh) ? 0 : PulseWindow.parse(fresh) }

    public func validate() throws {
        guard window != nil else { throw ValidationError("--since '\(since)' is not \(PulseWindow.expected)") }
        guard freshness != nil else { throw ValidationError("--fresh '\(fresh)' is not a time like 30s, 5m or 1h") }
        guard rate > 0, rate <= 50 else { throw ValidationError("--rate must be above 0 and at most 50 checks a second") }
    }

    public func execute(in context: ScriptContext) async throws {
        let window = self.window ?? PulsePane.defaultWindow, freshness = self.freshness ?? 60
        let (summary, data, now) = try await ScriptSession.run(connection, in: context) { session in
            let configuration = session.connection.configuration
            let cache = PulseCacheFile(paths: AppPaths(environment: context.environment),
                                       envID: configuration.environment.rawValue, flowID: configuration.flow.rawValue)
            var data = cache.load()?.data ?? PulseData()
            let tenants = try await session.client.listTenants()
            let due = tenants.filter { tenant in
                guard let heard = data[tenant]?.heardAt else { return true }
                return waitFresh && Date().timeIntervalSince(heard) >= freshness
            }
            if !due.isEmpty {
                context.report("checking \(due.count) of \(tenants.count) tenants' jobs at up to \(NumberFormatting.short(rate))/s…")
            }
            let pause = Duration.milliseconds(Int64(1_000 / rate))
            for tenant in due {
                let started = ContinuousClock.now
                do {
                    let jobs = try await session.client.listJobs(tenant: tenant, count: PulseData.jobsPerTenant)
                    data.checked(tenant, jobs: jobs, at: Date(), window: window)
                } catch {
                    data.checkFailed(tenant, at: Date())
                    context.report("warning: \(tenant): \(error)")
                }
                try await Task.sleep(until: started + pause, clock: .continuous)
            }
            let now = Date()
            if !due.isEmpty {
                do { try cache.save(data, at: now) } catch { context.report("warning: pulse cache not written: \(error)") }
            }
            return (PulseSummary(data: data, tenants: tenants, now: now, window: window), data, now)
        }
        let json = PulseReport.json(summary, data: data, now: now, window: window)
        try output.print(output.shown(json), in: context) {
            PulseReport.table(summary, data: data, now: now, window: window)
        }
    }
}

/// Short numbers for messages: `5`, `0.5`.
enum NumberFormatting {
    static func short(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.2g", value)
    }
}
