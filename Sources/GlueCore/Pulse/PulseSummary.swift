import struct Foundation.Date
import typealias Foundation.TimeInterval
import HotglueModels

/// Failed jobs of one connector with one cause, across tenants.
public struct FailureGroup: Hashable, Sendable {
    public var connector: ConnectorID?
    public var cause: String
    public var count: Int
    public var firstSeen: Date?
    public var lastSeen: Date?
    /// The tenants hit, most recent first.
    public var tenants: [TenantID]
    /// The newest failure: where Enter goes.
    public var newest: PulseJob
}

/// A connector's recent jobs: how many, how many failed, and their durations and rows, oldest first.
public struct ConnectorPulse: Hashable, Sendable {
    public var connector: ConnectorID
    public var jobs: Int
    public var failed: Int
    public var durations: [Double]
    public var rows: [Double]
    /// Its usual duration: the 95th percentile of the durations seen, once there are enough of them.
    public var usualDuration: TimeInterval?
    /// The newest job: where Enter goes.
    public var newest: PulseJob
}

/// What the pulse shows. Two parts, computed apart: what the jobs say (failures, connectors, the running jobs,
/// failed discoveries), computed again only when the jobs changed, and off the loop when there are many; and what
/// time and freshness say (which running jobs are stuck by now, who was heard from when), cheap enough for every
/// tick (`refreshFreshness`).
public struct PulseSummary: Hashable, Sendable {
    public var failures: [FailureGroup] = []
    /// Running longer than their connector's usual duration, longest first.
    public var stuck: [PulseJob] = []
    /// Running now and not stuck, longest first.
    public var running: [PulseJob] = []
    public var discoverFailures: [DiscoverFailure] = []
    public var connectors: [ConnectorPulse] = []
    public var tenantsKnown = 0
    public var tenantsChecked = 0
    /// The oldest news among the tenants heard from: how stale the picture may be.
    public var oldestHeard: Date?
    public var newestEvent: Date?
    /// Every job not yet ended, longest running first: `stuck` and `running` split from it.
    var unfinished: [PulseJob] = []
    /// Each connector's usual duration, once known.
    var usualDurations: [ConnectorID: TimeInterval] = [:]

    /// Durations kept per connector for its sparkline and usual duration.
    public static let durationSamples = 20
    /// Fewer completed jobs than this and no job of the connector is called stuck.
    public static let minimumSamplesForStuck = 5

    public init() {}

    /// Both parts at once.
    public init(data: PulseData, tenants: [TenantID], now: Date, window: TimeInterval) {
        self = Self.ofJobs(data, now: now, window: window)
        refreshFreshness(data: data, tenants: tenants, now: now)
    }

    /// What the jobs say: one pass over every job held (at 100,000 jobs, tens of milliseconds). Jobs that ended
    /// before the window are left out (the data forgets them as their tenants are checked again).
    public static func ofJobs(_ data: PulseData, now: Date, window: TimeInterval) -> PulseSummary {
        var summary = PulseSummary()
        let since = now.addingTimeInterval(-window)
        var failed: [GroupKey: [PulseJob]] = [:]
        var byConnector: [ConnectorID: ConnectorAccumulator] = [:]
        var unfinished: [PulseJob] = []
        for pulse in data.tenants.values {
            for job in pulse.jobs {
                guard !job.status.isTerminal else {
                    guard (job.updated ?? job.started ?? now) >= since else { continue }
                    if let connector = job.connector { byConnector[connector, default: ConnectorAccumulator()].add(job) }
                    if let cause = job.cause { failed[GroupKey(connector: job.connector, cause: cause), default: []].append(job) }
                    continue
                }
                if let connector = job.connector { byConnector[connector, default: ConnectorAccumulator()].add(job) }
                unfinished.append(job)
            }
        }
        summary.failures = failed.map { FailureGroup(connector: $0.key.connector, cause: $0.key.cause, jobs: $0.value) }
            .sorted { ($0.lastSeen ?? .distantPast, $1.count, $1.cause) > ($1.lastSeen ?? .distantPast, $0.count, $0.cause) }
        summary.connectors = byConnector.compactMap { ConnectorPulse(connector: $0.key, $0.value) }
            .sorted { ($0.failed, $0.jobs, $1.connector.rawValue) > ($1.failed, $1.jobs, $0.connector.rawValue) }
        summary.usualDurations = Dictionary(uniqueKeysWithValues: summary.connectors.compactMap { pulse in
            pulse.usualDuration.map { (pulse.connector, $0) }
        })
        summary.unfinished = unfinished.sorted { ($0.started ?? now, $0.key) < ($1.started ?? now, $1.key) }
        summary.discoverFailures = data.discoverFailures.values.filter { $0.at >= since }.sorted { $0.at > $1.at }
        return summary
    }

    /// What time and freshness say now: stuck or running, tenants heard from, the oldest news, the last webhook.
    /// One pass over the tenants and the unfinished jobs.
    public mutating func refreshFreshness(data: PulseData, tenants: [TenantID], now: Date) {
        stuck = []
        running = []
        for job in unfinished {
            if let connector = job.connector, let limit = usualDurations[connector], let started = job.started,
               now.timeIntervalSince(started) > limit {
                stuck.append(job)
            } else {
                running.append(job)
            }
        }
        var heardFrom = 0
        oldestHeard = nil
        newestEvent = nil
        for pulse in data.tenants.values {
            if let heard = pulse.heardAt {
                heardFrom += 1
                if oldestHeard.map({ heard < $0 }) ?? true { oldestHeard = heard }
            }
            if let event = pulse.eventAt, newestEvent.map({ event > $0 }) ?? true { newestEvent = event }
        }
        // The tenant list holds every tenant the data does, unless the data is older than the list (the cache).
        let listed = Set(tenants)
        tenantsKnown = listed.count + data.tenants.keys.reduce(0) { $0 + (listed.contains($1) ? 0 : 1) }
        tenantsChecked = heardFrom
    }

    private struct GroupKey: Hashable {
        var connector: ConnectorID?
        var cause: String
    }
}

extension FailureGroup {
    fileprivate init(connector: ConnectorID?, cause: String, jobs: [PulseJob]) {
        let newestFirst = jobs.sorted { ($0.updated ?? $0.started ?? .distantPast) > ($1.updated ?? $1.started ?? .distantPast) }
        self.connector = connector
        self.cause = cause
        count = jobs.count
        let seen = newestFirst.compactMap { $0.updated ?? $0.started }
        lastSeen = seen.first
        firstSeen = seen.last
        var tenants: [TenantID] = []
        var hit = Set<TenantID>()
        for job in newestFirst where hit.insert(job.tenant).inserted { tenants.append(job.tenant) }
        self.tenants = tenants
        newest = newestFirst[0]
    }
}

/// One connector's jobs as the summary walks them, in one pass and without keeping them: counts, the newest job,
/// and the `durationSamples` most recently started finished runs (oldest first).
private struct ConnectorAccumulator {
    struct Run {
        var started: Double
        var duration: Double
        var rows: Double
        var failed: Bool
    }

    var jobs = 0
    var failed = 0
    var newest: PulseJob?
    var newestStarted = -Double.infinity
    var recent: [Run] = []

    mutating func add(_ job: PulseJob) {
        jobs += 1
        let isFailure = job.status.isFailure
        if isFailure { failed += 1 }
        let started = job.started?.timeIntervalSince1970 ?? -Double.infinity
        if newest == nil || started > newestStarted {
            newest = job
            newestStarted = started
        }
        guard let duration = job.duration else { return }
        if recent.count == PulseSummary.durationSamples {
            guard started > recent[0].started else { return }
            recent.removeFirst()
        }
        let run = Run(started: started, duration: duration, rows: Double(job.rows ?? 0), failed: isFailure)
        let index = recent.lastIndex { $0.started <= started }.map { $0 + 1 } ?? 0
        recent.insert(run, at: index)
    }
}

extension ConnectorPulse {
    fileprivate init?(connector: ConnectorID, _ accumulated: ConnectorAccumulator) {
        guard let newest = accumulated.newest else { return nil }
        self.connector = connector
        jobs = accumulated.jobs
        failed = accumulated.failed
        durations = accumulated.recent.map(\.duration)
        rows = accumulated.recent.map(\.rows)
        self.newest = newest
        let completed = accumulated.recent.filter { !$0.failed }.map(\.duration).sorted()
        usualDuration = completed.count >= PulseSummary.minimumSamplesForStuck
            ? completed[min(completed.count - 1, Int((Double(completed.count) * 0.95).rounded(.up)) - 1)] : nil
    }
}
