/// A stage of a job that can fail.
enum JobStage: String, Sendable, CaseIterable {
    case discover = "DISCOVER"
    case sync = "SYNC"
    case etl = "ETL"
    case export = "EXPORT"
}

/// How a job will fail, decided when it is created.
struct JobFailure: Sendable, Hashable {
    let stage: JobStage
    let message: String
    let error: String
}

/// Everything about a job's run that is decided up front (by seed), so its progress can be computed from the clock
/// alone: the statuses it will pass, one per stage duration, and how many rows it syncs.
struct JobPlan: Sendable {
    /// Statuses in the order they are reached; the i-th at start + i × stage duration. The last is terminal.
    let milestones: [String]
    let failure: JobFailure?
    /// Rows synced by a successful run; a run failing during sync stops part way.
    let plannedRows: Int
    /// Streams synced, with their share of the rows.
    let streams: [StreamShare]

    /// The share of the sync a run failing during sync gets through.
    static let syncFailureFraction = 0.4

    init(streaming: Bool, failure: JobFailure?, streams: [StreamShare]) {
        var milestones = ["JOB_CREATED", "DISCOVER_STARTED"]
        func stage(_ stage: JobStage, succeeded: String) -> Bool {
            if failure?.stage == stage {
                milestones.append("\(stage.rawValue)_FAILED")
                return false
            }
            milestones.append(succeeded)
            return true
        }
        if stage(.discover, succeeded: "SYNC_STARTED"), stage(.sync, succeeded: "SYNC_SUCCESS") {
            // Streaming jobs skip ETL.
            var etlPassed = true
            if !streaming {
                milestones.append("ETL_STARTED")
                etlPassed = stage(.etl, succeeded: "ETL_SUCCESS")
            }
            if etlPassed {
                milestones.append("EXPORT_STARTED")
                _ = stage(.export, succeeded: "JOB_COMPLETED")
            }
        }
        self.milestones = milestones
        self.failure = failure
        self.streams = streams
        plannedRows = streams.reduce(0) { $0 + $1.rows }
    }

    static func isTerminal(_ status: String) -> Bool {
        status == "JOB_COMPLETED" || status.hasSuffix("_FAILED")
    }

    /// Milestone index of SYNC_STARTED, if the run gets there.
    var syncStartIndex: Int? { milestones.firstIndex(of: "SYNC_STARTED") }
}

/// One stream of a job and the rows it syncs.
struct StreamShare: Sendable, Hashable {
    let name: String
    let rows: Int
}
