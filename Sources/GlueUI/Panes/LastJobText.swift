import struct Foundation.Date
import HotglueModels

/// The LAST JOB column: the newest job of a connector, as `✓ 2m ago`, `✗ SYNC_FAILED` or `● SYNC_STARTED`, and
/// `—` when it has none. Derived from the jobs pane's list, so it is as fresh as that list.
enum LastJobText {
    static func cell(for connector: ConnectorID, jobs: JobsPane, now: Date, theme: Theme) -> Table.Cell {
        guard jobs.load.hasData else { return Table.Cell("…", theme.dim) }
        guard let job = newest(of: connector, in: jobs.all) else { return Table.Cell("—", theme.dim) }
        let style = JobStatusStyle.style(of: job.status, theme: theme)
        let glyph = JobStatusStyle.glyph(of: job.status)
        if job.status.isTerminal, !job.status.isFailure, let when = job.lastUpdated ?? job.startTime {
            return Table.Cell(glyph + " " + ClockText.ago(when, now: now), style)
        }
        return Table.Cell(glyph + " " + job.status.rawValue, style)
    }

    /// The connector's job with the latest start; a linear pass over the tenant's jobs, for the rows on screen only.
    static func newest(of connector: ConnectorID, in jobs: [Job]) -> Job? {
        var best: Job?
        for job in jobs where job.connector == connector {
            if let current = best, (current.startTime ?? .distantPast) >= (job.startTime ?? .distantPast) { continue }
            best = job
        }
        return best
    }
}
