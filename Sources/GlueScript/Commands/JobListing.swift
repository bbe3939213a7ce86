import Foundation
import HotglueModels
import LosslessJSON

/// How jobs print: the API's objects as JSON/YAML, a summary table with the root `job watch` takes.
enum JobListing {
    static func print(_ jobs: [Job], output: OutputOptions, in context: ScriptContext) throws {
        try output.print(output.shown(.array(jobs.map(\.raw))), in: context) { table(jobs) }
    }

    static func print(_ job: Job, output: OutputOptions, in context: ScriptContext) throws {
        try output.print(output.shown(job.raw), in: context) { table([job]) }
    }

    static func table(_ jobs: [Job]) -> String {
        var table = TextTable("JOB", "CONNECTOR", "TYPE", "STATUS", "STARTED", "ROWS", "MESSAGE", "ROOT")
        for job in jobs {
            table.add(job.id, job.connector?.rawValue ?? "", job.jobType?.rawValue ?? "", job.status.rawValue,
                      job.startTime.map { $0.formatted(.iso8601) } ?? "", job.recordCount.map(String.init) ?? "",
                      (job.error ?? job.message ?? "").truncated(to: 40), job.jobRoot?.rawValue ?? "")
        }
        return table.render()
    }

    /// The one line for a job that ended badly.
    static func failure(_ job: Job) -> ScriptFailure {
        let why = (job.error ?? job.message).map { ": \($0)" } ?? ""
        return ScriptFailure(.apiError, "job \(job.id) ended \(job.status)\(why)")
    }
}
