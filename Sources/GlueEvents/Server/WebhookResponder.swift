import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Turns one HTTP request into the intake's verdict and its answer: POST bodies are judged (202 accepted,
/// 200 duplicate, 401/400/413 refused with the reason as the body, 503 when the sink failed); GET answers the
/// intake's counts, for health checks. Logs name the refusal, never the secret, a signature or the body.
struct WebhookResponder: Sendable {
    let intake: WebhookIntake
    let sink: any WebhookEventSink
    let logger: Logger

    static let signatureField = HTTPField.Name(WebhookSignature.headerName)!

    func respond(to request: Request) async -> Response {
        switch request.method {
        case .post: break
        case .get, .head: return Self.text(.ok, "gluetop webhook receiver: \(intake.status)")
        default: return Self.text(.methodNotAllowed, "POST Hotglue's webhooks here")
        }
        let limit = intake.settings.maxBodyBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            return await answer(intake.refuseTooLarge(), body: [])
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            return await answer(intake.refuseTooLarge(), body: [])
        }
        let body = Array(buffer.readableBytesView)
        return await answer(intake.take(body: body, signature: request.headers[Self.signatureField]), body: body)
    }

    private func answer(_ verdict: WebhookIntake.Verdict, body: [UInt8]) async -> Response {
        switch verdict {
        case .accepted(let event, let key):
            do {
                try await sink.keep(ReceivedWebhook(event: event, key: key, body: body, receivedAt: Date()))
            } catch {
                intake.sinkFailed(key)
                logger.warning("webhook event not kept", metadata: ["key": "\(key)", "error": "\(error)"])
                return Self.text(.serviceUnavailable, "the event could not be kept; deliver it again")
            }
            logger.debug("webhook event accepted", metadata: ["key": "\(key)"])
            return Self.text(.accepted, "accepted")
        case .duplicate(let event):
            logger.debug("webhook event duplicate", metadata: ["key": "\(EventKey(event))"])
            return Self.text(.ok, "duplicate (already received)")
        case .refused(let refusal):
            logger.notice("webhook delivery refused", metadata: ["reason": "\(refusal.reason.rawValue)"])
            return Self.text(HTTPResponse.Status(code: refusal.httpStatus), refusal.description)
        }
    }

    private static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}
