import HTTPTypes
import Hummingbird

/// Which of the environment's keys a request presented.
enum APIKeyKind: Sendable {
    case none
    /// Backends and ops tools: every call, no tenant token.
    case secret
    /// Widgets: tenant-scoped `/v2` calls only, and GET linkedConnectors needs a tenant token.
    case `public`
}

/// Checks `x-api-key` on every request: 401 UnauthorizedError "Invalid x-api-key" unless it is one of the keys.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let secretKey: String
    let publicKey: String

    static let headerName = HTTPField.Name("x-api-key")!

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let presented = request.headers[Self.headerName] ?? ""
        var context = context
        if constantTimeEquals(presented, secretKey) {
            context.apiKeyKind = .secret
        } else if constantTimeEquals(presented, publicKey) {
            // The admin endpoints (no /v2 prefix) list every tenant: not something a widget key may do.
            guard request.uri.path.hasPrefix("/v2/") else {
                throw ChaliceError.forbidden("This endpoint needs a secret API key")
            }
            context.apiKeyKind = .public
        } else {
            throw ChaliceError.unauthorized("Invalid x-api-key")
        }
        return try await next(request, context)
    }

    /// Compares without an early exit, so timing does not reveal how much of a key matched.
    private func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count, !a.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
