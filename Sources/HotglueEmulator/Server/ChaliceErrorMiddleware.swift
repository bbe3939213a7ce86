import Hummingbird

/// Turns every error into a Chalice error body, including Hummingbird's own: an unknown route is NotFoundError,
/// a known route with another method MethodNotAllowedError with an `Allow` header.
struct ChaliceErrorMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let routes: RouteTable

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ChaliceError {
            return error.response
        } catch let error as HTTPError {
            if error.status == .notFound {
                let allowed = routes.methods(matching: request.uri.path)
                if !allowed.isEmpty {
                    let message = "Method \(request.method.rawValue) is not allowed on \(request.uri.path)"
                    return ChaliceError(status: 405, message: message, headers: [.allow: allowed.joined(separator: ", ")])
                        .response
                }
            }
            let status = Int(error.status.code)
            let message =
                status == 404
                ? "No route for \(request.method.rawValue) \(request.uri.path)"
                : (error.body ?? ReasonPhrase.text(for: status))
            return ChaliceError(status: status, message: message, headers: error.headers).response
        } catch let error as any HTTPResponseError {
            return ChaliceError(status: Int(error.status.code), message: ReasonPhrase.text(for: Int(error.status.code))).response
        } catch {
            return ChaliceError(status: 500, message: "An internal server error occurred.").response
        }
    }
}
