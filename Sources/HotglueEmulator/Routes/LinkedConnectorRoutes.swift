import Hummingbird
import LosslessJSON

/// GET/POST/PATCH/DELETE `/v2/{env}/{flow}/{tenant}/linkedConnectors`.
struct LinkedConnectorRoutes {
    let routes: EmulatorRoutes
    private var world: EmulatorWorld { routes.world }

    static let path = "/v2/:env/:flow/:tenant/linkedConnectors"

    func register(on router: RouteRegistrar) {
        router.get(Self.path) { request, context in try await list(request, context) }
        router.post(Self.path) { request, context in try await link(request, context) }
        router.patch(Self.path) { request, context in try await update(request, context) }
        router.delete(Self.path) { request, context in try await unlink(request, context) }
    }

    private func list(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let tenant = try routes.tenant(context)
        let query = QueryParameters(request: request)
        if context.apiKeyKind == .public {
            try await routes.tokens.verify(query.string("token"), tenant: tenant)
        }
        let connectors = await world.listLinkedConnectors(
            tenant: tenant, includeConfig: try query.flag("config"), includeCatalog: try query.flag("catalog"))
        return EmulatorRoutes.json(connectors)
    }

    private func link(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let tenant = try routes.tenant(context)
        var request = request
        let body = BodyFields(object: try await request.jsonObjectBody())
        guard let connectorObject = try body.object("connector") else {
            throw ChaliceError.badRequest("Missing required field: connector")
        }
        let connector = BodyFields(object: connectorObject)
        let link = LinkRequest(
            connectorID: try connector.requiredString("id"),
            config: try connector.object("config") ?? JSONObject(),
            symlink: connector.present("symlink"),
            schedule: try Self.schedule(body),
            fieldMap: try body.object("field_map"))
        return EmulatorRoutes.json(try await world.link(link, tenant: tenant))
    }

    private func update(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let tenant = try routes.tenant(context)
        var request = request
        let body = BodyFields(object: try await request.jsonObjectBody())
        let updated = try await world.update(
            tenant: tenant, connectorID: try body.requiredString("connector_id"),
            config: try body.object("config"), fieldMap: try body.object("field_map"))
        return EmulatorRoutes.json(updated)
    }

    private func unlink(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let tenant = try routes.tenant(context)
        let connectorID = try QueryParameters(request: request).required("connector_id")
        try await world.unlink(tenant: tenant, connectorID: connectorID)
        return EmulatorRoutes.json([
            "message": .string(JSONString("Connector \(connectorID) unlinked for tenant \(tenant)")),
            "connector_id": .string(JSONString(connectorID)),
        ])
    }

    /// `{"schedule_expression": "rate(1 day)", "state": "ENABLED" | "DISABLED"}`, both optional.
    private static func schedule(_ body: BodyFields) throws -> JSONValue? {
        guard let object = try body.object("schedule") else { return nil }
        let schedule = BodyFields(object: object)
        _ = try schedule.string("schedule_expression")
        if let state = try schedule.string("state"), state != "ENABLED", state != "DISABLED" {
            throw ChaliceError.badRequest("Field state of schedule must be ENABLED or DISABLED, got \"\(state)\"")
        }
        return .object(object)
    }
}
