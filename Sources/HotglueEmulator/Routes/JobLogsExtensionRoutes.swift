import HTTPTypes
import Hummingbird

/// EXTENSION: GET `/{env}/{flow}/{tenant}/jobs/logs?job_root=&offset=`. The real Hotglue API has no log endpoint
/// (its CLI downloads job files from S3); the emulator serves one so gluetop's log view can be demonstrated and
/// tested. Answers carry the header `x-gluetop-extension: job-logs`, and clients must work without it.
struct JobLogsExtensionRoutes {
    let routes: EmulatorRoutes

    static let headerName = HTTPField.Name("x-gluetop-extension")!
    static let maxLinesPerPage = 500

    func register(on router: RouteRegistrar) {
        router.get("/:env/:flow/:tenant/jobs/logs") { request, context in
            let tenant = try routes.tenant(context)
            let query = QueryParameters(request: request)
            let logs = try await routes.world.jobLogs(
                tenant: tenant, jobRoot: try query.required("job_root"), offset: try query.count("offset") ?? 0,
                limit: Self.maxLinesPerPage)
            var response = EmulatorRoutes.json(logs)
            response.headers[Self.headerName] = "job-logs"
            return response
        }
    }
}
