import GlueApp
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// Run a job (through the write path), list jobs, one job's status and its log.
extension ToolRunner {
    func runJob(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let ref = ConnectorRef(tenant: try args.tenant, connector: try args.connector)
        let type = try args.optionalString("job_type") ?? "read"
        guard type == "read" || type == "write" else {
            throw .invalid("job_type", "`job_type` must be read or write, not \(type)", "Pass read or write.")
        }
        let request = RunJobRequest(
            connector: ref.connector, jobType: JobType(rawValue: type),
            jobName: try args.optionalString("job_name"), overrideStartDate: try args.optionalString("override_start_date"),
            resetSourceState: try args.bool("reset_source_state"),
            overrideSelectedTables: try args.object("override_selected_tables"),
            overrideFieldMap: try args.object("override_field_map").map { .object($0) },
            environmentVariables: try args.object("environment_variables"),
            streamingJob: try args.bool("streaming_job"), ignoreParallelJobs: try args.bool("ignore_parallel_jobs"))
        let answer = await changes.runJob(ref, request)
        let job = try settle(answer, target: "listjobs")
        let uri = JobResourceURI(tenant: ref.tenant, jobID: job.id).text
        var structured = Self.target(ref.tenant, ref.connector)
        structured["job"] = job.raw
        structured["job_uri"] = JSONValue(uri)
        structured.addWarnings([answer.journalProblem])
        return ToolSuccess(structured: structured,
                           text: "started job \(job.id) of \(ref.connector) (tenant \(ref.tenant)): \(job.status); follow \(uri)")
    }

    func listJobs(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant
        let count = try args.int("count", in: 1...200) ?? 20
        let status = try args.optionalString("status").map { JobStatusFilter(rawValue: $0) }
        let jobs = try await api { () async throws(APIError) in
            try await client.listJobs(tenant: tenant, count: count, status: status)
        }
        let lines = jobs.prefix(10).map { "\($0.id) \($0.connector?.rawValue ?? "?") \($0.status)" }
        return ToolSuccess(structured: ["tenant": JSONValue(tenant.rawValue), "jobs": .array(jobs.map(\.raw))],
                           text: "\(jobs.count) jobs of \(tenant)" + (lines.isEmpty ? "" : ": " + lines.joined(separator: "; ")))
    }

    func jobStatus(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let uri = JobResourceURI(tenant: try args.tenant, jobID: try args.string("job_id"))
        let job = try await findJob(uri)
        return ToolSuccess(structured: Self.jobStructured(job, uri), text: Self.jobText(job, uri))
    }

    func jobLog(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let uri = JobResourceURI(tenant: try args.tenant, jobID: try args.string("job_id"))
        let offset = try args.int("offset", in: 0...Int(Int32.max)) ?? 0
        let structured = try await logPage(uri, offset: offset)
        let count = structured["lines"]?.arrayValue?.count ?? 0
        let text = structured["available"] == true ? "\(count) log lines of job \(uri.jobID) from offset \(offset)"
            : "no log for job \(uri.jobID): the Hotglue API has no log endpoint; read its status and message (getjobstatus)"
        return ToolSuccess(structured: structured, text: text)
    }

    /// One page of a job's log, as the tool and the log resource give it.
    func logPage(_ uri: JobResourceURI, offset: Int) async throws(ToolFailure) -> JSONObject {
        let job = try await findJob(uri, fresh: false)
        var structured: JSONObject = ["tenant": JSONValue(uri.tenant.rawValue), "job_id": JSONValue(uri.jobID)]
        guard let root = job.jobRoot else {
            structured["available"] = false
            structured["lines"] = []
            return structured
        }
        let result = try await api { () async throws(APIError) in
            try await client.jobLogs(tenant: uri.tenant, jobRoot: root, offset: offset)
        }
        switch result {
        case .unavailable:
            structured["available"] = false
            structured["lines"] = []
            structured["note"] = "The Hotglue API has no log endpoint: read the job's status, message and metrics."
        case .page(let page):
            structured["available"] = true
            structured["lines"] = .array(page.lines.map { line in
                var object: JSONObject = ["offset": JSONValue(line.offset), "text": JSONValue(line.text)]
                if let level = line.level { object["level"] = JSONValue(level) }
                if let time = line.time { object["time"] = JSONValue(time.ISO8601Format()) }
                return .object(object)
            })
            structured["next_offset"] = JSONValue(page.nextOffset)
            structured["complete"] = page.isComplete.map { JSONValue($0) } ?? .null
        }
        return structured
    }

    /// The job among the tenant's newest 200 (ids are not unique: the newest wins), its status read fresh when
    /// `fresh` and its root is known.
    func findJob(_ uri: JobResourceURI, fresh: Bool = true) async throws(ToolFailure) -> Job {
        let jobs = try await api { () async throws(APIError) in try await client.listJobs(tenant: uri.tenant, count: 200) }
        guard var job = jobs.first(where: { $0.id == uri.jobID }) else {
            throw ToolFailure(category: .notFound,
                              message: "no job \(uri.jobID) among the newest 200 jobs of tenant \(uri.tenant)",
                              whatToDo: "Check the id with listjobs.", argument: "job_id")
        }
        if fresh, let root = job.jobRoot {
            job = try await api { () async throws(APIError) in try await client.pollJob(tenant: uri.tenant, jobRoot: root) }
        }
        return job
    }

    static func jobStructured(_ job: Job, _ uri: JobResourceURI) -> JSONObject {
        ["tenant": JSONValue(uri.tenant.rawValue), "job": job.raw, "job_uri": JSONValue(uri.text),
         "status": JSONValue(job.status.rawValue), "finished": JSONValue(job.status.isTerminal)]
    }

    static func jobText(_ job: Job, _ uri: JobResourceURI) -> String {
        var text = "job \(job.id) of \(job.connector?.rawValue ?? "?"): \(job.status)"
        if let message = job.message ?? job.error, !message.isEmpty { text += " (\(message))" }
        return text + (job.status.isTerminal ? ", finished" : ", running; subscribe to \(uri.text) to follow it")
    }
}
