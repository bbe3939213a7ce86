import struct Foundation.Date
import typealias Foundation.TimeInterval
import HotglueModels

/// A job as the pulse keeps it: what it shows and groups by, without the job's whole JSON (the pulse may hold
/// 100,000 of them). The message is masked on the way in.
public struct PulseJob: Hashable, Sendable {
    public var tenant: TenantID
    public var connector: ConnectorID?
    public var id: String
    public var root: JobRoot?
    public var status: JobStatus
    public var started: Date?
    public var updated: Date?
    /// The first line of Hotglue's message, masked.
    public var message: String?
    /// `message` normalised (`FailureCause`), for failures only.
    public var cause: String?
    public var rows: Int?

    /// A job as kept earlier (the cache); `cause` is worked out again from the message and status.
    public init(tenant: TenantID, connector: ConnectorID?, id: String, root: JobRoot?, status: JobStatus,
                started: Date?, updated: Date?, message: String?, rows: Int?) {
        self.tenant = tenant
        self.connector = connector
        self.id = id
        self.root = root
        self.status = status
        self.started = started
        self.updated = updated
        self.message = message
        cause = status.isFailure ? (FailureCause.normalized(message) ?? status.rawValue) : nil
        self.rows = rows
    }

    public init(_ job: Job, tenant: TenantID) {
        self.tenant = job.tenant ?? tenant
        connector = job.connector
        id = job.id
        root = job.jobRoot
        status = job.status
        started = job.startTime
        updated = job.lastUpdated ?? job.statusTimeline.compactMap(\.date).max() ?? job.startTime
        let said = FailureCause.firstLine(job.status.isFailure ? job.failureText : (job.message ?? job.error))
            .map { SecretMasking.maskText($0) }
        message = said
        cause = job.status.isFailure ? (FailureCause.normalized(said) ?? job.status.rawValue) : nil
        rows = job.recordCount
    }

    /// One job, whatever the answer or event it came in: its root, else tenant and id.
    public var key: String { root?.rawValue ?? tenant.rawValue + "/" + id }

    /// How long it ran, once it ended.
    public var duration: TimeInterval? {
        guard status.isTerminal, let started, let updated, updated >= started else { return nil }
        return updated.timeIntervalSince(started)
    }

    /// Whether `other` (the same job) says something newer than this: a later update, or at the same time a
    /// later stage. A job that ended is never taken back to running by a late event.
    public func isSuperseded(by other: PulseJob) -> Bool {
        if status.isTerminal && !other.status.isTerminal { return false }
        if !status.isTerminal && other.status.isTerminal { return true }
        switch (updated, other.updated) {
        case let (mine?, theirs?) where mine != theirs: return theirs > mine
        default: return other.status.progressRank > status.progressRank
        }
    }
}

extension JobStatus {
    /// How far along the lifecycle a status is, for ordering two reports of one job.
    var progressRank: Int {
        if isTerminal { return 100 }
        switch stage {
        case .created: return 0
        case .discover: return 10
        case .sync: return self == .syncSuccess ? 25 : 20
        case .etl: return self == .etlSuccess ? 35 : 30
        case .export: return 40
        case .completed: return 100
        case .unknown: return 5
        }
    }
}
