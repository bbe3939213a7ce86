import Hummingbird
import NIOCore

/// Applies the fault rules before authentication and routing, as a flaky proxy or load balancer in front of
/// the API would. Dropping and truncating act on the connection's channel (see `ConnectionBreaker`).
struct FaultMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let injector: FaultInjector

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // The emulator's own introspection is not part of the API a flaky network sits in front of.
        if EmulatorIntrospectionRoutes.owns(request.uri.path) {
            return try await next(request, context)
        }
        let decision = injector.faults(method: request.method.rawValue, path: request.uri.path)
        context.notes.fault = decision.logName
        if decision.latency > .zero {
            try await Task.sleep(for: decision.latency)
        }
        switch decision.answer {
        case nil:
            return try await next(request, context)
        case .status(let code, let retryAfter)?:
            var error = ChaliceError(status: code, message: FaultMiddleware.message(forStatus: code))
            if let retryAfter {
                error.headers[.retryAfter] = retryAfter
            }
            return error.response
        case .latency?:
            return try await next(request, context)
        case .dropConnection?:
            // Closed by `ConnectionDropMiddleware`, outside the request log, so the log has the entry by the time
            // the client sees the connection close.
            context.notes.dropped = true
            return Response(status: .internalServerError)
        case .dropAfterHandling?:
            // The change is made; then the answer is thrown away with the connection (same closing as above).
            let response = try await next(request, context)
            context.notes.dropped = true
            return response
        case .truncatedBody?:
            let response = try await next(request, context)
            return await ConnectionBreaker(channel: context.channel).truncating(response)
        case .htmlBody(let code)?:
            return FaultMiddleware.htmlPage(status: code)
        case .malformedJSON?:
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"Code": "ok", "items": [1, 2,, oops"#))
            )
        }
    }

    static func message(forStatus status: Int) -> String {
        switch status {
        case 429: "Too many requests, slow down"
        case 500...599: "An internal server error occurred."
        default: "Injected fault \(status)"
        }
    }

    /// What nginx or a load balancer answers when the service behind it is unwell.
    static func htmlPage(status: Int) -> Response {
        let title = "\(status) \(ReasonPhrase.text(for: status))"
        let html = """
            <html>
            <head><title>\(title)</title></head>
            <body>
            <center><h1>\(title)</h1></center>
            <hr><center>nginx</center>
            </body>
            </html>

            """
        var headers = HTTPFields()
        headers[.contentType] = "text/html"
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: html))
        )
    }
}
