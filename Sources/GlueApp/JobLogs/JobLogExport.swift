import HotglueAPI
import HotglueModels

/// A job and its whole log as the API has it: every page read from offset 0 (the dashboard keeps only the newest
/// 50,000 lines; a saved log keeps all). Shared by `s` in the dashboard and `gluetop job log`.
public struct JobLogExport: Sendable {
    public var job: Job
    public var lines: [JobLogLine]
    /// The API has no log endpoint (the real Hotglue API): the export is the job's timeline and message.
    public var logsUnavailable: Bool
    /// Where to ask for lines after these.
    public var nextOffset: Int

    /// Reads the job and every page of its log.
    public static func fetch(_ client: HotglueClient, tenant: TenantID, root: JobRoot) async throws(APIError) -> JobLogExport {
        let job = try await client.pollJob(tenant: tenant, jobRoot: root)
        var export = JobLogExport(job: job, lines: [], logsUnavailable: false, nextOffset: 0)
        _ = try await export.readNewLines(client, tenant: tenant, root: root)
        return export
    }

    /// Reads the pages after what is already here; returns the lines that were new.
    public mutating func readNewLines(_ client: HotglueClient, tenant: TenantID, root: JobRoot) async throws(APIError)
        -> ArraySlice<JobLogLine> {
        let before = lines.count
        while !logsUnavailable {
            switch try await client.jobLogs(tenant: tenant, jobRoot: root, offset: nextOffset) {
            case .unavailable:
                logsUnavailable = true
            case .page(let page):
                // Pages may overlap what was read (a server restarting its offsets): keep what is past it.
                let fresh = page.lines.filter { $0.offset >= nextOffset }
                lines.append(contentsOf: fresh)
                let advanced = page.nextOffset > nextOffset
                nextOffset = max(nextOffset, page.nextOffset)
                if page.lines.isEmpty || !advanced || page.isComplete == true { return lines[before...] }
            }
        }
        return lines[before...]
    }
}
