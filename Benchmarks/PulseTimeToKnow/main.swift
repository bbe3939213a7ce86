import Foundation
import GlueApp
import GlueCore
import GlueEvents
import HotglueEmulator
import HotglueModels
import LosslessJSON

// Time to know (issue #13): from the moment the emulator's job reaches its *_FAILED status to the moment the
// dashboard's pulse holds it.
//
// - webhooks: an emulator of N tenants posts its webhooks to the dashboard's own listener (as `--demo` and a
//   profile's `webhooks:` do); failing jobs are started in random tenants; each failure's time is its
//   status_timestamp, and it is known when `update` has put it into the pulse's data.
// - polling only: the pulse's schedule (`PulsePane.refresh` → `nextCheck`) run on a simulated clock at one check a
//   second, every tenant heard from once; a failure in a random tenant at a random time is known at that tenant's
//   next check.
//
// swift run -c release PulseTimeToKnow [TENANTS] [FAILURES]
let arguments = CommandLine.arguments.dropFirst().compactMap(Int.init)
let tenantCount = arguments.first ?? 10_000
let failureCount = arguments.dropFirst().first ?? 200

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

func report(_ name: String, _ seconds: [Double]) {
    print(String(format: "%@: n=%d  p50 %.2f s  p99 %.2f s  max %.2f s", name, seconds.count,
                 percentile(seconds, 0.5), percentile(seconds, 0.99), seconds.max() ?? 0))
}

// MARK: polling only

func pollingOnly(tenants count: Int, failures: Int) -> [Double] {
    let tenants = (0..<count).map { TenantID(String(format: "t%05d", $0)) }
    var pane = PulsePane()
    var data = PulseData()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    // Every tenant heard from once, a second apart, as the first sweep leaves them.
    for (index, tenant) in tenants.enumerated() {
        data.checked(tenant, jobs: [], at: start.addingTimeInterval(Double(index)), window: 86_400)
    }
    pane.data = data
    var now = start.addingTimeInterval(Double(count))
    var random = SystemRandomNumberGenerator()
    // Failures at random times within two sweeps, in random tenants.
    var pending = (0..<failures).map { _ in
        (tenant: tenants[Int.random(in: 0..<count, using: &random)], at: now.addingTimeInterval(Double.random(in: 0..<Double(count), using: &random)))
    }
    var known: [Double] = []
    while !pending.isEmpty {
        pane.refresh(tenants: tenants, onScreen: nil, now: now, showing: false)
        guard let tenant = pane.nextCheck else { break }
        pane.data.checked(tenant, jobs: [], at: now, window: 86_400)
        pending.removeAll { failure in
            guard failure.tenant == tenant, failure.at <= now else { return false }
            known.append(now.timeIntervalSince(failure.at))
            return true
        }
        now = now.addingTimeInterval(PulsePane.defaultSecondsPerCheck)
    }
    return known
}

// MARK: webhooks

final class Arrivals: @unchecked Sendable {
    let lock = NSLock()
    var known: [String: Double] = [:]
}

func withWebhooks(tenants count: Int, failures: Int) async throws -> [Double] {
    let sources = try await DashboardEventSources.start(
        webhooks: WebhookReceiverConfiguration(listen: ListenAddress(host: "127.0.0.1", port: 0)), events: nil)
    var settings = EmulatorSettings()
    settings.tenantCount = count
    settings.jobStageDuration = .seconds(1)
    settings.webhook = EmulatorWebhookSettings(url: sources.webhookURL!, secret: nil)
    let emulator = try await HotglueEmulatorServer.start(settings)
    let mailbox = Mailbox(wakeup: nil)
    sources.forward(to: mailbox)
    var model = Model(connection: ConnectionInfo(profile: "bench", host: "127.0.0.1", envID: settings.envID, flowID: settings.flowID),
                      size: Size(width: 200, height: 50), now: Date())
    _ = update(&model, .key(.character("P")))

    let tenants = await emulator.world.tenantIDs().filter { $0 != "default" }
    var started: [String: String] = [:]   // job root → tenant
    var random = SystemRandomNumberGenerator()
    var delays: [Double] = []
    var made = 0
    while delays.count < failures {
        if made < failures {
            let tenant = tenants[Int.random(in: 0..<tenants.count, using: &random)]
            if let connector = await emulator.world.linkedConnectors(tenant: tenant).first?["id"]?.stringValue,
               let job = try? await emulator.world.startFailingJob(tenant: tenant, connector: connector, failAt: .discover),
               let root = job["s3_root"]?.stringValue {
                started[root] = tenant
                made += 1
            }
        }
        try await Task.sleep(for: .milliseconds(100))
        for message in mailbox.drain() {
            _ = update(&model, message)
            guard case .webhookEvents(let events, _) = message else { continue }
            let knownAt = Date()
            for case .job(let job) in events where job.status.isFailure {
                guard let root = job.jobRoot?.rawValue, started.removeValue(forKey: root) != nil,
                      let failedAt = job.statusTimeline.first(where: { $0.status.isFailure })?.date,
                      let tenant = job.tenant,
                      model.pulse.data[tenant]?.jobs.contains(where: { $0.root?.rawValue == root && $0.status.isFailure }) == true
                else { continue }
                delays.append(knownAt.timeIntervalSince(failedAt))
            }
        }
    }
    await sources.shutdown()
    try await emulator.shutdown()
    return delays
}

let webhookDelays = try await withWebhooks(tenants: tenantCount, failures: failureCount)
report("webhooks, \(tenantCount) tenants", webhookDelays)
for count in [25, 1_000, 10_000] {
    report("polling only, \(count) tenants, 1 check/s", pollingOnly(tenants: count, failures: failureCount))
}
