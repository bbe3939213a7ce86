import GlueSync
import HotglueAPI

/// A transport that answers from a script, one entry per request, and records what it was sent. For tests of the
/// client's logic that need exact answers no emulator fault gives (a gateway's 403, a `Retry-After` on a 503).
final class ScriptedTransport: Transport {
    enum Step: Sendable {
        case answer(TransportResponse)
        case fail(TransportError)
    }

    private let state: LockedValue<(steps: [Step], sent: [TransportRequest])>

    init(_ steps: [Step]) {
        state = LockedValue((steps, []))
    }

    var sent: [TransportRequest] { state.withLock { $0.sent } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let step = state.withLock { state -> Step? in
            state.sent.append(request)
            return state.steps.isEmpty ? nil : state.steps.removeFirst()
        }
        switch step {
        case .answer(let response)?: return response
        case .fail(let error)?: throw error
        case nil: return TransportResponse(status: 500, body: Array("script exhausted".utf8))
        }
    }

    func shutdown() async {}
}

func jsonAnswer(_ status: Int, _ body: String, headers: [(name: String, value: String)] = [])
    -> ScriptedTransport.Step
{
    .answer(TransportResponse(status: status, headers: [("Content-Type", "application/json")] + headers,
        body: Array(body.utf8)))
}
