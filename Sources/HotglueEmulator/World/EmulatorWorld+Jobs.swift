import Foundation
import LosslessJSON

extension EmulatorWorld {
    /// Creates a job. Refused (400) while another job of the tenant runs, unless `ignoreParallelJobs`.
    func runJob(_ request: JobRequest, ignoreParallelJobs: Bool, tenant: String) throws -> JSONValue {
        try withConnector(tenant, request.connectorID) { record, index, now in
            if !ignoreParallelJobs,
               let running = record.jobs.first(where: { !$0.progress(at: now).isTerminal }) {
                throw ChaliceError.badRequest(
                    "A job is already running for tenant \(tenant) (job \(running.jobID), \(running.progress(at: now).status)); "
                        + "pass ignore_parallel_jobs to start another")
            }
            if request.resetSourceState {
                record.connectors[index].state = nil
            }
            var request = request
            if request.selectedStreams == nil {
                let selected = CatalogBuilder.selectedStreams(in: record.connectors[index].catalog)
                request.selectedStreams = selected.isEmpty ? nil : selected
            }
            record.jobSequence += 1
            var random = SplitMix64(seed: seed, "job", tenant, String(record.jobSequence))
            let job = JobFactory.make(
                request, tenant: tenant, flowID: flowID, definition: record.connectors[index].definition,
                hasState: record.connectors[index].state != nil, startTime: now, stageSeconds: stageSeconds,
                odds: failureOdds(tenant: tenant, connectorID: request.connectorID), random: &random)
            record.jobs.append(job)
            record.forgetOldestJobs(keeping: jobsKeptPerTenant)
            watchNewJob(job, now: now)
            return JobJSON.render(job, envID: envID, flowID: flowID, now: now)
        }
    }

    /// Newest first; `status` matches exactly, except `JOB_FAILED`, which matches every `*_FAILED`.
    func listJobs(tenant: String, count: Int?, status: String?) -> [JSONValue] {
        withTenant(tenant) { record, now in
            var jobs = JobListing.newestFirst(record.jobs).map { ($0, $0.progress(at: now).status) }
            if let status {
                jobs = jobs.filter { _, current in
                    status == "JOB_FAILED" ? current.hasSuffix("_FAILED") : current == status
                }
            }
            if let count {
                jobs = Array(jobs.prefix(count))
            }
            return jobs.map { job, _ in JobJSON.render(job, envID: envID, flowID: flowID, now: now) }
        } ?? []
    }

    /// One job by its s3_root, with `flow` in place of `flow_id` as the real status poll answers.
    func jobStatus(tenant: String, jobRoot: String) throws -> JSONValue {
        let found = withTenant(tenant) { record, now in
            record.jobs.last { $0.s3Root == jobRoot }.map {
                JobJSON.render($0, envID: envID, flowID: flowID, now: now, flowKey: .flow)
            }
        }
        guard let found, let job = found else {
            throw ChaliceError.notFound("No job found with job_root \(jobRoot) for tenant \(tenant)")
        }
        return job
    }

    /// EXTENSION (the real API has no log endpoint): a job's log lines from `offset` on.
    func jobLogs(tenant: String, jobRoot: String, offset: Int, limit: Int) throws -> JSONValue {
        let found = withTenant(tenant) { record, now -> JSONValue? in
            guard let job = record.jobs.last(where: { $0.s3Root == jobRoot }) else { return nil }
            let visible = JobLogsExtensionScript(job: job).visibleLines(job: job, now: now)
            let start = min(offset, visible.count)
            let page = visible[start..<min(visible.count, start + limit)]
            let nextOffset = start + page.count
            let complete = job.progress(at: now).isTerminal && nextOffset == visible.count
            return [
                "lines": .array(page.map { JobLogsExtensionScript.json($0, job: job) }),
                "next_offset": .number(JSONNumber(nextOffset)),
                "complete": .bool(complete),
            ]
        }
        guard let found, let logs = found else {
            throw ChaliceError.notFound("No job found with job_root \(jobRoot) for tenant \(tenant)")
        }
        return logs
    }
}

extension EmulatorWorld {
    /// The odds of a tenant's connector failing its jobs, under the world's `JobFailureModel`.
    func failureOdds(tenant: String, connectorID: String) -> JobFailureOdds {
        JobFailureOdds.of(failureModel, seed: seed, tenant: tenant, connectorID: connectorID)
    }
}

extension EmulatorWorld {
    /// A stage a job started by `startFailingJob` fails at.
    public enum FailingStage: String, Sendable, CaseIterable {
        case discover = "DISCOVER", sync = "SYNC", etl = "ETL", export = "EXPORT"
    }

    /// Starts a job of `connector` that will fail at `stage` (a parallel job allowed), as `POST /_emulator/jobs`
    /// does: for tests, demonstrations and the pulse's time-to-know benchmark. Answers the job as created.
    public func startFailingJob(tenant: String, connector: String, failAt stage: FailingStage) throws -> JSONValue {
        var job = JobRequest(connectorID: connector, jobType: "read")
        job.startedBy = "emulator"
        job.failure = .at(JobStage(rawValue: stage.rawValue)!)
        return try runJob(job, ignoreParallelJobs: true, tenant: tenant)
    }
}
