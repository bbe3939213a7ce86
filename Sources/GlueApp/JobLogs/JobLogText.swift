import HotglueModels

/// A job's log as a saved file and `gluetop job log` print it: a header of `#` lines (the job, its tenant,
/// connector, s3_root, status and status timeline, and its message), then one line per log line:
/// `TIME LEVEL TEXT` (ISO 8601 UTC; a part the API did not give is left out). Secrets are masked, as on screen.
public enum JobLogText {
    public static func header(_ job: Job, tenant: TenantID) -> [String] {
        var lines = ["# gluetop job log", "# job: \(job.id)", "# tenant: \(tenant)"]
        if let connector = job.connector { lines.append("# connector: \(connector)") }
        if let root = job.jobRoot { lines.append("# s3_root: \(root.rawValue)") }
        lines.append("# status: \(job.status.rawValue)")
        if !job.statusTimeline.isEmpty {
            lines.append("# timeline:")
            for entry in job.statusTimeline {
                lines.append("#   " + (entry.date.map(HotglueDate.format) ?? "-") + " " + entry.status.rawValue)
            }
        }
        for (name, text) in [("message", job.message), ("error", job.error)] {
            guard let text, !text.isEmpty else { continue }
            for (index, line) in SecretMasking.maskText(text).split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated() {
                lines.append(index == 0 ? "# \(name): \(line)" : "#   \(line)")
            }
        }
        return lines
    }

    public static func line(_ line: JobLogLine) -> String {
        var parts: [String] = []
        if let time = line.time { parts.append(HotglueDate.format(time)) }
        if let level = line.level, !level.isEmpty { parts.append(level) }
        parts.append(SecretMasking.maskText(line.text))
        return parts.joined(separator: " ")
    }

    /// The whole file: header, a note when the API has no log, the lines; ends with a newline.
    public static func document(_ export: JobLogExport, tenant: TenantID) -> String {
        var lines = header(export.job, tenant: tenant)
        if export.logsUnavailable { lines.append("# the API has no log endpoint: only the status timeline above") }
        lines.append(contentsOf: export.lines.map(line))
        return lines.joined(separator: "\n") + "\n"
    }
}
