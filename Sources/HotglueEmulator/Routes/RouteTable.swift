import Hummingbird

/// The emulator's route templates and their methods, so a request for a known path with another method is answered
/// 405 MethodNotAllowedError with an `Allow` header instead of Hummingbird's plain 404.
final class RouteTable: Sendable {
    private let routes = Locked<[(segments: [String], method: String)]>([])

    func add(_ path: String, method: HTTPRequest.Method) {
        let segments = RouteTable.segments(path)
        routes.withLock { $0.append((segments, method.rawValue)) }
    }

    /// The methods registered for templates matching `path` (":name" matches any one segment), in registration order.
    func methods(matching path: String) -> [String] {
        let requested = RouteTable.segments(path)
        return routes.withLock { routes in
            var methods: [String] = []
            for route in routes where route.segments.count == requested.count && !methods.contains(route.method) {
                let matches = zip(route.segments, requested).allSatisfy { template, actual in
                    template.hasPrefix(":") ? !actual.isEmpty : template == actual
                }
                if matches { methods.append(route.method) }
            }
            return methods
        }
    }

    private static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}

/// Registers routes on the router and records them in the route table.
struct RouteRegistrar {
    let router: EmulatorRoutes.AppRouter
    let table: RouteTable

    typealias Handler = @Sendable (Request, EmulatorRequestContext) async throws -> Response

    func get(_ path: String, _ handler: @escaping Handler) { on(path, .get, handler) }
    func post(_ path: String, _ handler: @escaping Handler) { on(path, .post, handler) }
    func put(_ path: String, _ handler: @escaping Handler) { on(path, .put, handler) }
    func patch(_ path: String, _ handler: @escaping Handler) { on(path, .patch, handler) }
    func delete(_ path: String, _ handler: @escaping Handler) { on(path, .delete, handler) }

    private func on(_ path: String, _ method: HTTPRequest.Method, _ handler: @escaping Handler) {
        table.add(path, method: method)
        router.on(RouterPath(path), method: method, use: handler)
    }
}
