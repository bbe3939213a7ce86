import Hummingbird
import LosslessJSON

/// The admin endpoints outside `/v2`: list tenants, list flows, tenant config.
struct EnvironmentRoutes {
    let routes: EmulatorRoutes

    func register(on router: RouteRegistrar) {
        router.get("/tenants/:env") { _, context in
            _ = try routes.env(context)
            let ids = await routes.world.tenantIDs()
            return EmulatorRoutes.json(ids.map { .string(JSONString($0)) })
        }
        router.get("/:env/flows/supported") { _, context in
            _ = try routes.env(context)
            return EmulatorRoutes.json(await routes.world.flowsJSON())
        }
        router.get("/:env/flows/linked") { request, context in
            _ = try routes.env(context)
            let tenant = try QueryParameters(request: request).required("tenant_id")
            return EmulatorRoutes.json(await routes.world.linkedFlowsJSON(tenant: tenant))
        }
        router.get("/tenant/:env/:tenant/config") { _, context in
            _ = try routes.env(context)
            let tenant = context.parameters.get("tenant") ?? ""
            return EmulatorRoutes.json(try await routes.world.tenantConfig(tenant: tenant))
        }
    }
}
