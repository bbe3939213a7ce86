import Hummingbird
import LosslessJSON

/// GET/PUT/DELETE `…/linkedConnectors/state?connector_id=`. The state is kept as parsed LosslessJSON, so a PUT
/// then GET gives back every number's exact text.
struct StateRoutes {
    let routes: EmulatorRoutes

    static let path = "/v2/:env/:flow/:tenant/linkedConnectors/state"

    func register(on router: RouteRegistrar) {
        router.get(Self.path) { request, context in
            let tenant = try routes.tenant(context)
            let connectorID = try QueryParameters(request: request).required("connector_id")
            return EmulatorRoutes.json(try await routes.world.readState(tenant: tenant, connectorID: connectorID))
        }
        router.put(Self.path) { request, context in
            let tenant = try routes.tenant(context)
            let connectorID = try QueryParameters(request: request).required("connector_id")
            var request = request
            let state = Self.unwrapped(try await request.jsonBody())
            try await routes.world.writeState(state, tenant: tenant, connectorID: connectorID)
            return EmulatorRoutes.json(state)
        }
        router.delete(Self.path) { request, context in
            let tenant = try routes.tenant(context)
            let connectorID = try QueryParameters(request: request).required("connector_id")
            try await routes.world.clearState(tenant: tenant, connectorID: connectorID)
            return EmulatorRoutes.json([
                "message": .string(JSONString("State of connector \(connectorID) deleted for tenant \(tenant)")),
                "connector_id": .string(JSONString(connectorID)),
            ])
        }
    }

    /// Accepts `{"state": {...}}` (the documented form) and the raw state alike.
    static func unwrapped(_ body: JSONValue) -> JSONValue {
        if let object = body.objectValue, object.count == 1, let inner = object["state"] {
            return inner
        }
        return body
    }
}
