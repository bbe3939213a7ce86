import struct Foundation.Date
import HotglueModels

/// How one job reads in the jobs table: start time, id, type, status (glyph and colour), rows, duration, and a
/// failure's cause (the first line of its error, masked) where the pane is wide enough.
enum JobCells {
    static let columns = [
        Table.Column(title: "TIME", minWidth: 8, maxWidth: 8, priority: 4, shrinks: false),
        Table.Column(title: "ID", minWidth: 6, maxWidth: 12, priority: 6),
        Table.Column(title: "TYPE", minWidth: 4, maxWidth: 6, priority: 1, shrinks: false),
        Table.Column(title: "STATUS", minWidth: 13, maxWidth: 20, priority: 5, shrinks: false),
        Table.Column(title: "ROWS", minWidth: 4, maxWidth: 13, alignment: .right, priority: 2, shrinks: false),
        Table.Column(title: "DURATION", minWidth: 8, maxWidth: 8, alignment: .right, priority: 3, shrinks: false),
        Table.Column(title: "CAUSE", minWidth: 12, maxWidth: 80, priority: 0),
    ]

    static func cells(_ job: Job, now: Date, theme: Theme) -> [Table.Cell] {
        let status = JobStatusStyle.glyph(of: job.status) + " " + job.status.rawValue
        return [
            Table.Cell(job.startTime.map(ClockText.timeOfDay) ?? "—", theme.logTime),
            Table.Cell(job.id),
            Table.Cell(job.jobType?.rawValue ?? "—", job.jobType == nil ? theme.dim : nil),
            Table.Cell(status, JobStatusStyle.style(of: job.status, theme: theme)),
            job.recordCount.map { Table.Cell(NumberText.grouped($0)) } ?? Table.Cell("—", theme.dim),
            duration(job, now: now).map { Table.Cell(ClockText.duration($0)) } ?? Table.Cell("—", theme.dim),
            Table.Cell(job.failureLine ?? "", theme.error),
        ]
    }

    /// As sent; else from start to last update for a finished job, or to now for a running one.
    static func duration(_ job: Job, now: Date) -> Double? {
        if let duration = job.duration { return duration }
        guard let start = job.startTime else { return nil }
        if job.status.isTerminal { return job.lastUpdated.map { $0.timeIntervalSince(start) } }
        return now.timeIntervalSince(start)
    }

    /// How far along the lifecycle a job is, for its progress bar (created is the start, completed the end).
    static func stageFraction(_ status: JobStatus) -> Double {
        let first = JobStage.created.rawValue, last = JobStage.completed.rawValue
        return Double(max(0, status.stage.rawValue - first)) / Double(last - first)
    }
}
