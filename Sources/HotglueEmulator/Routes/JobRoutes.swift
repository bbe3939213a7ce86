import Hummingbird
import LosslessJSON

/// POST `/v2/{env}/{flow}/{tenant}/jobs` (run), GET `/{env}/{flow}/{tenant}/jobs` (list) and `…/jobs/status`.
struct JobRoutes {
    let routes: EmulatorRoutes

    func register(on router: RouteRegistrar) {
        router.post("/v2/:env/:flow/:tenant/jobs") { request, context in try await run(request, context) }
        router.get("/:env/:flow/:tenant/jobs") { request, context in
            let tenant = try routes.tenant(context)
            let query = QueryParameters(request: request)
            let jobs = await routes.world.listJobs(
                tenant: tenant, count: try query.count("count"), status: query.string("status").flatMap { $0.isEmpty ? nil : $0 })
            return EmulatorRoutes.json(jobs)
        }
        router.get("/:env/:flow/:tenant/jobs/status") { request, context in
            let tenant = try routes.tenant(context)
            let jobRoot = try QueryParameters(request: request).required("job_root")
            return EmulatorRoutes.json(try await routes.world.jobStatus(tenant: tenant, jobRoot: jobRoot))
        }
    }

    private func run(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let tenant = try routes.tenant(context)
        var request = request
        let body = BodyFields(object: try await request.jsonObjectBody())
        var job = JobRequest(connectorID: try body.requiredString("connector_id"), jobType: try body.requiredString("job_type"))
        guard job.jobType == "read" || job.jobType == "write" else {
            throw ChaliceError.badRequest("Field job_type must be \"read\" or \"write\", got \"\(job.jobType)\"")
        }
        job.jobName = try body.string("job_name")
        job.resetSourceState = try body.bool("reset_source_state")
        job.streaming = try body.bool("streaming_job")
        job.overrideStartDate = try body.string("override_start_date").map { .string(JSONString($0)) } ?? .null
        job.payloadState = body.present("state") ?? .null
        if let tables = try body.object("override_selected_tables") {
            job.selectedStreams = tables.filter { $0.value.boolValue == true }.map { $0.key }
        }
        // Accepted but without effect in the emulator; still checked to be objects, as documented.
        let objectFields = body.object.keys.filter {
            ($0.hasPrefix("override_") && $0.hasSuffix("_config")) || $0 == "override_field_map" || $0 == "environment_variables"
        }
        for key in objectFields {
            _ = try body.object(key)
        }
        let created = try await routes.world.runJob(
            job, ignoreParallelJobs: try body.bool("ignore_parallel_jobs"), tenant: tenant)
        return EmulatorRoutes.json(created)
    }
}
