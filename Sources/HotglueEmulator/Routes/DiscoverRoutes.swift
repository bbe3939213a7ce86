import Hummingbird

/// GET `…/linkedConnectors/discover` (start) and `…/linkedConnectors/discover/poll`.
struct DiscoverRoutes {
    let routes: EmulatorRoutes

    func register(on router: RouteRegistrar) {
        router.get("/v2/:env/:flow/:tenant/linkedConnectors/discover") { request, context in
            let tenant = try routes.tenant(context)
            let query = QueryParameters(request: request)
            let run = try await routes.world.startDiscovery(
                tenant: tenant, connectorID: try query.required("connector_id"), v2Source: query.string("v2_source"))
            return EmulatorRoutes.json(run)
        }
        router.get("/v2/:env/:flow/:tenant/linkedConnectors/discover/poll") { request, context in
            let tenant = try routes.tenant(context)
            let connectorID = try QueryParameters(request: request).required("connector_id")
            return EmulatorRoutes.json(try await routes.world.pollDiscovery(tenant: tenant, connectorID: connectorID))
        }
    }
}
