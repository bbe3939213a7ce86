import HotglueModels
import LosslessJSON

/// Jobs: run one (`POST /v2/{env}/{flow}/{tenant}/jobs`), list them and poll one (`/{env}/{flow}/{tenant}/jobs…`,
/// no `/v2`).
extension HotglueClient {
    /// Starts a job; the answer is the job (`JOB_CREATED`). Sent once: a POST is not retried after it may have
    /// reached the server, so a failure here means "check the job list before running again".
    public func runJob(tenant: TenantID, _ request: RunJobRequest) async throws(APIError) -> Job {
        let endpoint = Endpoint("run \(request.jobType) job for \(request.connector)", .post,
            ["v2", env, flow, tenant.rawValue, "jobs"], body: request.jsonBody)
        return try decoder.model(try await send(endpoint), endpoint, Job.init(json:))
    }

    /// Jobs newest first. `count` limits the list; `status` filters it (`.anyFailure` matches every `*_FAILED`).
    public func listJobs(tenant: TenantID, count: Int? = nil, status: JobStatusFilter? = nil)
        async throws(APIError) -> [Job]
    {
        var query: [(name: String, value: String)] = []
        if let count { query.append(("count", String(count))) }
        if let status { query.append(("status", status.rawValue)) }
        let endpoint = Endpoint("list jobs of \(tenant)", .get, [env, flow, tenant.rawValue, "jobs"], query: query)
        return try decoder.list(try await send(endpoint), endpoint, Job.init(json:))
    }

    /// One job's current state, by its storage root.
    public func pollJob(tenant: TenantID, jobRoot: JobRoot) async throws(APIError) -> Job {
        let endpoint = Endpoint("poll job \(jobRoot.jobID)", .get, [env, flow, tenant.rawValue, "jobs", "status"],
            query: [("job_root", jobRoot.rawValue)])
        return try decoder.model(try await send(endpoint), endpoint, Job.init(json:))
    }
}
