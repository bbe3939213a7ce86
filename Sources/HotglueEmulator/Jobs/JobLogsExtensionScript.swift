import Foundation
import LosslessJSON

/// EXTENSION (not in the real Hotglue API, which has no log endpoint): the log lines a job writes, tap/target
/// style, generated from its plan so they appear as the job progresses and are the same on every run.
struct JobLogsExtensionScript {
    struct Line {
        /// Seconds after the job's start when the line is written.
        let offset: Double
        let level: String
        let message: String
    }

    let lines: [Line]

    init(job: JobRecord) {
        var writer = ScriptWriter(job: job)
        writer.write()
        // Sorted by time; lines written at the same instant keep the order they were written in.
        lines = writer.lines.enumerated()
            .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map(\.element)
    }

    /// The lines written by `now`.
    func visibleLines(job: JobRecord, now: Date) -> [Line] {
        let elapsed = now.timeIntervalSince(job.startTime)
        return lines.filter { $0.offset <= elapsed }
    }

    static func json(_ line: Line, job: JobRecord) -> JSONValue {
        [
            "timestamp": .string(JSONString(HotglueTimestamp.string(job.startTime.addingTimeInterval(line.offset)))),
            "level": .string(JSONString(line.level)),
            "message": .string(JSONString(line.message)),
        ]
    }
}

/// Writes the script stage by stage.
private struct ScriptWriter {
    let job: JobRecord
    var lines: [JobLogsExtensionScript.Line] = []

    private var stage: Double { job.stageSeconds }
    private var tap: String { "tap-\(job.jobType == "read" ? job.connectorID : "api")" }
    private var target: String { "target-\(job.jobType == "read" ? "webhook" : job.connectorID)" }

    init(job: JobRecord) {
        self.job = job
    }

    mutating func write() {
        let milestones = job.plan.milestones
        for (index, status) in milestones.enumerated() {
            let at = Double(index) * stage
            switch status {
            case "JOB_CREATED":
                add(at, "INFO", "Job \(job.jobID) created: \(job.jobType) of \(job.connectorID) for tenant \(job.tenant) (\(job.syncType))")
            case "DISCOVER_STARTED":
                add(at, "INFO", "\(tap): running discovery")
                if milestones.count > index + 1, milestones[index + 1] != "DISCOVER_FAILED" {
                    add(at + stage * 0.5, "INFO", "\(tap): discovered \(job.plan.streams.count) selected streams")
                }
            case "SYNC_STARTED":
                writeSync(from: at)
            case "SYNC_SUCCESS":
                add(at, "INFO", "\(tap): sync finished, \(job.plan.plannedRows) records in \(job.plan.streams.count) streams")
            case "ETL_STARTED":
                add(at, "INFO", "etl: running transformations on \(job.plan.plannedRows) records")
            case "ETL_SUCCESS":
                add(at, "INFO", "etl: transformations done")
            case "EXPORT_STARTED":
                add(at, "INFO", "\(target): exporting \(job.plan.plannedRows) records")
            case "JOB_COMPLETED":
                add(at, "INFO", "\(target): export complete")
                add(at, "INFO", "Job \(job.jobID) completed in \(Int(at))s")
            default:
                if let failure = job.plan.failure, status.hasSuffix("_FAILED") {
                    add(at, "ERROR", failure.message)
                    add(at, "ERROR", "Job \(job.jobID) failed at \(failure.stage.rawValue)")
                }
            }
        }
    }

    /// One line when each stream starts and a record count when it ends, spread over the sync stage.
    private mutating func writeSync(from start: Double) {
        let streams = job.plan.streams
        add(start, "INFO", "\(tap): beginning \(job.syncType == "incremental_sync" ? "incremental" : "full") sync of \(streams.count) streams")
        let reachable = job.plan.failure?.stage == .sync ? JobPlan.syncFailureFraction : 1
        guard !streams.isEmpty else { return }
        let slice = stage / Double(streams.count)
        for (index, stream) in streams.enumerated() {
            let begin = Double(index) * slice
            let end = begin + slice
            guard begin / stage < reachable else { break }
            add(start + begin, "INFO", "\(tap): syncing stream \(stream.name)")
            if end / stage <= reachable {
                add(
                    start + end * 0.999, "INFO",
                    #"METRIC: {"type": "counter", "metric": "record_count", "value": \#(stream.rows), "tags": {"stream": "\#(stream.name)"}}"#
                )
                add(start + end * 0.999, "INFO", "\(target): wrote \(stream.rows) records to \(stream.name)")
            } else {
                add(start + reachable * stage, "WARNING", "\(tap): request to \(job.connectorID) failed, retrying with backoff")
            }
        }
    }

    private mutating func add(_ offset: Double, _ level: String, _ message: String) {
        lines.append(.init(offset: offset, level: level, message: message))
    }
}
