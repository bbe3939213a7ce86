import Foundation
import LosslessJSON

/// A job as the world stores it: what was asked and the plan. Its status is never stored; it is computed from
/// the clock (`JobProgress`), so tests with a manual clock see exact stages.
struct JobRecord: Sendable {
    let jobID: String
    let tenant: String
    let connectorID: String
    /// "read" or "write"
    let jobType: String
    let jobName: String
    let startedBy: String
    let s3Root: String
    let startTime: Date
    let stageSeconds: Double
    let plan: JobPlan
    /// "auto_sync", "full_sync" or "incremental_sync"
    let syncType: String
    let streaming: Bool
    let scheduled: Bool
    let overrideStartDate: JSONValue
    /// The job payload's `state` (not the connector's source state).
    let payloadState: JSONValue
    /// Set once a completed read job has moved the connector's bookmarks.
    var stateAdvanced = false

    func progress(at now: Date) -> JobProgress {
        JobProgress(job: self, now: now)
    }

    /// When the job reaches its terminal status.
    var endTime: Date {
        startTime.addingTimeInterval(Double(plan.milestones.count - 1) * stageSeconds)
    }

    static func s3Root(tenant: String, flow: String, startTime: Date, jobID: String) -> String {
        "\(tenant)/flows/\(flow)/jobs/\(HotglueTimestamp.s3Folder(startTime))/\(jobID)"
    }
}
