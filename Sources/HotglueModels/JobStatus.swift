/// A job's status. The documented lifecycle is
/// `JOB_CREATED → [DISCOVER_STARTED] → SYNC_STARTED → SYNC_SUCCESS → ETL_STARTED → ETL_SUCCESS → EXPORT_STARTED →
/// JOB_COMPLETED`, with `*_FAILED` at each stage; anything else arrives as `.other` and is still classified by its
/// name (a `*_FAILED` is a failure, a `*_SUCCESS`/`*_STARTED` tells its stage).
public enum JobStatus: Hashable, Sendable, CustomStringConvertible {
    case jobCreated
    case discoverStarted, discoverFailed
    case syncStarted, syncSuccess, syncFailed
    case etlStarted, etlSuccess, etlFailed
    case exportStarted, exportFailed
    case jobCompleted
    case other(String)

    private static let known: [(JobStatus, String)] = [
        (.jobCreated, "JOB_CREATED"),
        (.discoverStarted, "DISCOVER_STARTED"), (.discoverFailed, "DISCOVER_FAILED"),
        (.syncStarted, "SYNC_STARTED"), (.syncSuccess, "SYNC_SUCCESS"), (.syncFailed, "SYNC_FAILED"),
        (.etlStarted, "ETL_STARTED"), (.etlSuccess, "ETL_SUCCESS"), (.etlFailed, "ETL_FAILED"),
        (.exportStarted, "EXPORT_STARTED"), (.exportFailed, "EXPORT_FAILED"),
        (.jobCompleted, "JOB_COMPLETED"),
    ]

    /// Never fails: unknown names become `.other` with the text as sent.
    public init(rawValue: String) {
        let normalized = rawValue.trimmingSpaces.uppercased()
        self = Self.known.first { $0.1 == normalized }?.0 ?? .other(rawValue)
    }

    public var rawValue: String {
        if case .other(let text) = self { return text }
        return Self.known.first { $0.0 == self }!.1
    }

    public var description: String { rawValue }

    /// Any `*_FAILED` (and a few other words for failure, for statuses we have not seen).
    public var isFailure: Bool {
        switch self {
        case .discoverFailed, .syncFailed, .etlFailed, .exportFailed: return true
        case .other(let text):
            let upper = text.uppercased()
            return upper.hasSuffix("FAILED") || upper.hasSuffix("FAILURE") || upper.hasSuffix("ERROR")
                || upper == "CANCELLED" || upper == "CANCELED" || upper == "KILLED"
        default: return false
        }
    }

    /// The job will not change any more: completed or failed.
    public var isTerminal: Bool {
        if isFailure { return true }
        switch self {
        case .jobCompleted: return true
        case .other(let text):
            let upper = text.uppercased()
            return upper == "COMPLETED" || upper == "JOB_SUCCESS" || upper == "SUCCEEDED"
        default: return false
        }
    }

    public var isRunning: Bool { !isTerminal }

    /// Where in the lifecycle the job is, for progress bars and timelines.
    public var stage: JobStage {
        switch self {
        case .jobCreated: return .created
        case .discoverStarted, .discoverFailed: return .discover
        case .syncStarted, .syncSuccess, .syncFailed: return .sync
        case .etlStarted, .etlSuccess, .etlFailed: return .etl
        case .exportStarted, .exportFailed: return .export
        case .jobCompleted: return .completed
        case .other(let text):
            let upper = text.uppercased()
            if upper.hasPrefix("DISCOVER") { return .discover }
            if upper.hasPrefix("SYNC") { return .sync }
            if upper.hasPrefix("ETL") { return .etl }
            if upper.hasPrefix("EXPORT") { return .export }
            if upper.hasPrefix("JOB_CREATED") || upper == "CREATED" || upper == "QUEUED" { return .created }
            if isTerminal && !isFailure { return .completed }
            return .unknown
        }
    }
}

/// The stages of a job in order; `unknown` sorts first so a progress bar shows nothing for it.
public enum JobStage: Int, Hashable, Sendable, CaseIterable, Comparable {
    case unknown, created, discover, sync, etl, export, completed

    public static func < (lhs: JobStage, rhs: JobStage) -> Bool { lhs.rawValue < rhs.rawValue }

    public var name: String {
        switch self {
        case .unknown: return "unknown"
        case .created: return "created"
        case .discover: return "discover"
        case .sync: return "sync"
        case .etl: return "etl"
        case .export: return "export"
        case .completed: return "completed"
        }
    }
}

/// The `status=` filter of the job list. `JOB_FAILED` matches every `*_FAILED` [guess from a runbook].
public struct JobStatusFilter: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ status: JobStatus) { rawValue = status.rawValue }
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let anyFailure = JobStatusFilter(rawValue: "JOB_FAILED")
    public var description: String { rawValue }
}
