import Hummingbird
import LosslessJSON

/// `POST /_emulator/jobs`: starts a job that will fail, for tests and demos that need a failure now rather than by
/// the seed's odds. Body: `{"tenant": "acme", "connector_id": "salesforce", "fail_at": "SYNC"}` (`fail_at`: DISCOVER,
/// SYNC, ETL or EXPORT; default SYNC). It runs like any job (its statuses on the world's clock, its webhooks, a
/// parallel job allowed) and answers the job as `POST /v2/…/jobs` does. Like every route, it needs the API key.
struct EmulatorJobRoutes {
    let routes: EmulatorRoutes

    func register(on router: RouteRegistrar) {
        router.post("/_emulator/jobs") { request, _ in
            var request = request
            let body = BodyFields(object: try await request.jsonObjectBody())
            let tenant = try body.requiredString("tenant")
            let stageName = try body.string("fail_at") ?? EmulatorWorld.FailingStage.sync.rawValue
            guard let stage = EmulatorWorld.FailingStage(rawValue: stageName.uppercased()) else {
                throw ChaliceError.badRequest("Field fail_at must be one of "
                    + "\(EmulatorWorld.FailingStage.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(stageName)\"")
            }
            let created = try await routes.world.startFailingJob(
                tenant: tenant, connector: try body.requiredString("connector_id"), failAt: stage)
            return EmulatorRoutes.json(created)
        }
    }
}
