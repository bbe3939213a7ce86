import struct Foundation.Date
import typealias Foundation.TimeInterval
import HotglueModels

/// What the pulse knows of one tenant: its recent jobs and how it learnt them.
public struct TenantPulse: Hashable, Sendable {
    /// Newest first, only those inside the window (and every job still running).
    public var jobs: [PulseJob] = [] {
        didSet { isBusy = jobs.contains { !$0.status.isTerminal || $0.status.isFailure } }
    }
    /// A job running or failed among `jobs`: the schedule checks such a tenant more often. Kept as the jobs are
    /// set, so the schedule's pass over 10,000 tenants does not walk their jobs too.
    public private(set) var isBusy = false
    /// When the API last answered for this tenant's jobs.
    public var checkedAt: Date?
    /// When the last check failed, if it did after the last success.
    public var failedAt: Date?
    /// When the last webhook event about this tenant arrived.
    public var eventAt: Date?

    public init() {}

    /// The freshest of a check and an event.
    public var heardAt: Date? { Self.later(checkedAt, eventAt) }

    /// The later of two times, either missing (no array: this runs for every tenant of every summary).
    static func later(_ a: Date?, _ b: Date?) -> Date? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}

/// A discovery that failed, as a webhook reported it (a job list does not say).
public struct DiscoverFailure: Hashable, Sendable {
    public var ref: ConnectorRef
    public var message: String?
    public var at: Date

    public init(ref: ConnectorRef, message: String?, at: Date) {
        self.ref = ref
        self.message = message
        self.at = at
    }
}

/// Everything the pulse has heard, by tenant: from checks of the tenants' job lists (the API, the source of truth)
/// and from webhook events (hints, never allowed to take a job back to an older status).
public struct PulseData: Hashable, Sendable {
    public private(set) var tenants: [TenantID: TenantPulse] = [:]
    public private(set) var discoverFailures: [ConnectorRef: DiscoverFailure] = [:]
    /// Counts the changes to what the summary is made of (a job's list or status, a discovery's failure), not the
    /// times tenants were heard from: a sweep check that finds a tenant as it was leaves it alone, so the summary is
    /// not computed again for it.
    public private(set) var jobsRevision = 0
    /// The jobs held, all tenants together: small data is summed up on the loop, large data off it.
    public private(set) var jobCount = 0

    /// Two pictures are equal when they hold the same: how many changes led to each does not count.
    public static func == (lhs: PulseData, rhs: PulseData) -> Bool {
        lhs.tenants == rhs.tenants && lhs.discoverFailures == rhs.discoverFailures
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(tenants)
        hasher.combine(discoverFailures)
    }

    /// Jobs kept per tenant: a job list answer holds at most this many anyway.
    public static let jobsPerTenant = 50

    public init() {}

    /// What an earlier run knew (the cache), to show at once, with its age, until checks and events replace it.
    public init(tenants: [TenantID: TenantPulse], discoverFailures: [ConnectorRef: DiscoverFailure]) {
        self.tenants = tenants
        self.discoverFailures = discoverFailures
        jobCount = tenants.values.reduce(0) { $0 + $1.jobs.count }
    }

    /// What an earlier run knew, for the tenants not heard from in this one (the cache arrives after the first
    /// checks may have).
    public mutating func adopt(_ earlier: PulseData) {
        for (tenant, pulse) in earlier.tenants where tenants[tenant] == nil {
            tenants[tenant] = pulse
            jobCount += pulse.jobs.count
        }
        for (ref, failure) in earlier.discoverFailures where discoverFailures[ref] == nil {
            discoverFailures[ref] = failure
        }
        jobsRevision &+= 1
    }

    /// A tenant's jobs replaced, counted as a change only when they differ.
    private mutating func setJobs(_ jobs: [PulseJob], of tenant: TenantID, in pulse: inout TenantPulse) {
        guard jobs != pulse.jobs else { return }
        jobCount += jobs.count - pulse.jobs.count
        pulse.jobs = jobs
        jobsRevision &+= 1
    }

    public subscript(tenant: TenantID) -> TenantPulse? { tenants[tenant] }

    /// A check's answer: the tenant's job list as the API has it now.
    public mutating func checked(_ tenant: TenantID, jobs: [Job], at time: Date, window: TimeInterval) {
        var pulse = tenants[tenant] ?? TenantPulse()
        let fresh = jobs.map { PulseJob($0, tenant: tenant) }
        // A job the list no longer holds but an event told us is still running stays: the list may lag.
        let listed = Set(fresh.map(\.key))
        let kept = pulse.jobs.filter { !listed.contains($0.key) && !$0.status.isTerminal && ($0.updated ?? time) > time.addingTimeInterval(-3_600) }
        setJobs(Self.recent(fresh + kept, now: time, window: window), of: tenant, in: &pulse)
        pulse.checkedAt = time
        pulse.failedAt = nil
        tenants[tenant] = pulse
    }

    public mutating func checkFailed(_ tenant: TenantID, at time: Date) {
        var pulse = tenants[tenant] ?? TenantPulse()
        pulse.failedAt = time
        tenants[tenant] = pulse
    }

    /// Webhook events: each job replaces what we had of it only when it says something newer.
    public mutating func received(_ events: [HotglueEvent], at time: Date, window: TimeInterval) {
        for event in events {
            switch event {
            case .job(let job):
                guard let tenant = job.tenant else { continue }
                let incoming = PulseJob(job, tenant: tenant)
                var pulse = tenants[tenant] ?? TenantPulse()
                var jobs = pulse.jobs
                if let index = jobs.firstIndex(where: { $0.key == incoming.key }) {
                    if jobs[index].isSuperseded(by: incoming) { jobs[index] = incoming }
                } else {
                    jobs.append(incoming)
                }
                setJobs(Self.recent(jobs, now: time, window: window), of: tenant, in: &pulse)
                pulse.eventAt = time
                tenants[tenant] = pulse
            case .discover(let event):
                let ref = ConnectorRef(tenant: event.tenant, connector: event.connector)
                if event.failed {
                    discoverFailures[ref] = DiscoverFailure(
                        ref: ref, message: FailureCause.firstLine(event.message).map { SecretMasking.maskText($0) },
                        at: event.time ?? time)
                    jobsRevision &+= 1
                } else if discoverFailures.removeValue(forKey: ref) != nil {
                    jobsRevision &+= 1
                }
                tenants[event.tenant, default: TenantPulse()].eventAt = time
            case .connection(let event):
                if event.change == .unlinked,
                   discoverFailures.removeValue(forKey: ConnectorRef(tenant: event.tenant, connector: event.connector)) != nil {
                    jobsRevision &+= 1
                }
                tenants[event.tenant, default: TenantPulse()].eventAt = time
            }
        }
    }

    /// Forgets what fell out of the window (a job still running stays).
    public mutating func prune(now: Date, window: TimeInterval) {
        let since = now.addingTimeInterval(-window)
        for (tenant, pulse) in tenants
            where pulse.jobs.contains(where: { $0.status.isTerminal && ($0.updated ?? $0.started ?? now) < since }) {
            var pruned = pulse
            setJobs(Self.recent(pulse.jobs, now: now, window: window), of: tenant, in: &pruned)
            tenants[tenant] = pruned
        }
        let kept = discoverFailures.filter { $0.value.at >= since }
        if kept.count != discoverFailures.count {
            discoverFailures = kept
            jobsRevision &+= 1
        }
    }

    /// Newest first, inside the window or still running, at most `jobsPerTenant`.
    static func recent(_ jobs: [PulseJob], now: Date, window: TimeInterval) -> [PulseJob] {
        let since = now.addingTimeInterval(-window)
        return Array(jobs
            .filter { !$0.status.isTerminal || ($0.updated ?? $0.started ?? now) >= since }
            .sorted { ($0.started ?? .distantPast) > ($1.started ?? .distantPast) }
            .prefix(jobsPerTenant))
    }
}
