import Hummingbird
import LosslessJSON

/// What every route group needs: the world, the identity of the environment and the token verifier.
struct EmulatorRoutes: Sendable {
    typealias AppRouter = Router<EmulatorRequestContext>

    let world: EmulatorWorld
    let envID: String
    let flowID: String
    let tokens: TenantTokenVerifier
    let log: RequestLog
    let clock: EmulatorClock
    /// With `--webhook`: its delivery faults and counts are what `/_emulator/webhooks` shows and changes.
    var webhookSender: WebhookSender? = nil

    func register(on appRouter: AppRouter, table: RouteTable) {
        let router = RouteRegistrar(router: appRouter, table: table)
        LinkedConnectorRoutes(routes: self).register(on: router)
        DiscoverRoutes(routes: self).register(on: router)
        StateRoutes(routes: self).register(on: router)
        JobRoutes(routes: self).register(on: router)
        JobLogsExtensionRoutes(routes: self).register(on: router)
        ConnectorSettingsRoutes(routes: self).register(on: router)
        EnvironmentRoutes(routes: self).register(on: router)
        EmulatorIntrospectionRoutes(routes: self).register(on: router)
        EmulatorWebhookRoutes(routes: self).register(on: router)
        EmulatorJobRoutes(routes: self).register(on: router)
    }

    /// The `:env` path segment, 404 unless it is this environment.
    func env(_ context: EmulatorRequestContext) throws -> String {
        let env = context.parameters.get("env") ?? ""
        guard env == envID else { throw ChaliceError.notFound("Environment \(env) not found") }
        return env
    }

    /// `:env` and `:flow` checked, `:tenant` returned.
    func tenant(_ context: EmulatorRequestContext) throws -> String {
        _ = try env(context)
        try flow(context)
        guard let tenant = context.parameters.get("tenant"), !tenant.isEmpty else {
            throw ChaliceError.badRequest("Missing tenant")
        }
        return tenant
    }

    func flow(_ context: EmulatorRequestContext) throws {
        let flow = context.parameters.get("flow") ?? ""
        guard flow == flowID else { throw ChaliceError.notFound("Flow \(flow) not found in environment \(envID)") }
    }

    static func json(_ value: JSONValue, status: Int = 200) -> Response {
        JSONResponse.make(value, status: status)
    }

    static func json(_ values: [JSONValue]) -> Response {
        JSONResponse.make(.array(values))
    }
}
