import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage plus the connection's channel, which the fault middleware
/// needs to drop a connection or cut a body short (both happen below the router, on the TCP connection itself).
struct EmulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel
    /// Shared with the outer middlewares, so what an inner one decides (the fault) reaches the request log.
    let notes: RequestNotes
    /// Set by `APIKeyMiddleware` before any route runs.
    var apiKeyKind: APIKeyKind = .none

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
        notes = RequestNotes()
    }
}

/// Facts about one request gathered while it is handled.
final class RequestNotes: Sendable {
    private let state = Locked(State())

    private struct State {
        var fault: String?
        var dropped = false
    }

    var fault: String? {
        get { state.withLock { $0.fault } }
        set { state.withLock { $0.fault = newValue } }
    }

    /// The connection was closed without an answer.
    var dropped: Bool {
        get { state.withLock { $0.dropped } }
        set { state.withLock { $0.dropped = newValue } }
    }
}
