import Foundation

/// A job's progress at one instant, computed from its plan and the clock.
struct JobProgress {
    /// The statuses reached so far with when each was reached.
    let reached: [(status: String, at: Date)]
    let processedRows: Int

    var status: String { reached.last?.status ?? "JOB_CREATED" }
    var isTerminal: Bool { JobPlan.isTerminal(status) }
    var lastUpdated: Date { reached.last?.at ?? .distantPast }

    init(job: JobRecord, now: Date) {
        let elapsed = max(0, now.timeIntervalSince(job.startTime))
        let stage = job.stageSeconds
        let index = stage > 0 ? min(job.plan.milestones.count - 1, Int((elapsed / stage).rounded(.down))) : job.plan.milestones.count - 1
        reached = (0...index).map { step in
            (job.plan.milestones[step], job.startTime.addingTimeInterval(Double(step) * stage))
        }
        processedRows = JobProgress.rows(job: job, elapsed: elapsed)
    }

    /// Rows grow steadily through the sync stage; a run failing during sync stops part way.
    static func rows(job: JobRecord, elapsed: Double) -> Int {
        guard let syncStart = job.plan.syncStartIndex else { return 0 }
        let stage = job.stageSeconds
        let fraction = stage > 0 ? min(1, max(0, (elapsed - Double(syncStart) * stage) / stage)) : 1
        let reachable = job.plan.failure?.stage == .sync ? JobPlan.syncFailureFraction : 1
        return Int((Double(job.plan.plannedRows) * min(fraction, reachable)).rounded(.down))
    }
}
