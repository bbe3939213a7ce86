import Hummingbird

/// Outermost middleware: records every request with what was answered (secrets masked) in the request log.
/// The emulator's own `/_emulator` routes are not recorded, so reading the log does not change what it says.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let log: RequestLog
    let onRequest: (@Sendable (RecordedRequest) -> Void)?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if EmulatorIntrospectionRoutes.owns(request.uri.path) {
            return try await next(request, context)
        }
        let received = ContinuousClock.now
        await log.arrived()
        var request = request
        let bodyText: String?
        do {
            let buffer = try await request.collectBody(upTo: Request.maxEmulatorBodyBytes)
            bodyText = buffer.readableBytes == 0 ? nil : SecretMasking.body(String(buffer: buffer))
        } catch {
            let refusal = ChaliceError(status: 413, message: "Request body is larger than \(Request.maxEmulatorBodyBytes) bytes")
            await record(request, status: refusal.status, notes: context.notes, body: nil, received: received)
            return refusal.response
        }
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            // The error middleware answers every error; this only guards against an error escaping it.
            await record(request, status: 500, notes: context.notes, body: bodyText, received: received)
            throw error
        }
        await record(request, status: Int(response.status.code), notes: context.notes, body: bodyText,
                     received: received)
        return response
    }

    private func record(
        _ request: Request, status: Int, notes: RequestNotes, body: String?, received: ContinuousClock.Instant
    ) async {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            query[String(key)] = String(value)
        }
        let entry = RecordedRequest(
            method: request.method.rawValue,
            path: request.uri.path,
            query: SecretMasking.query(query),
            status: notes.dropped ? 0 : status,
            fault: notes.fault,
            body: body
        )
        await log.append(entry, received: received)
        onRequest?(entry)
    }
}
