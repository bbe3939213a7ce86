import Hummingbird

/// Outermost middleware: closes the connection of a request the fault middleware marked as dropped, after the
/// request log has recorded it (status 0), so no answer is ever written.
struct ConnectionDropMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response = try await next(request, context)
        guard context.notes.dropped else { return response }
        return await ConnectionBreaker(channel: context.channel).drop()
    }
}
