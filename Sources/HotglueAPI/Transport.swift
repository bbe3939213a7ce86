/// Sends one HTTP request and returns the whole answer. `HTTPTransport` is the real one; tests may substitute
/// their own. Implementations throw `TransportError` (or `CancellationError` when the task is cancelled) and never
/// retry: retries belong to the client, which knows the method and the policy.
public protocol Transport: Sendable {
    func send(_ request: TransportRequest) async throws -> TransportResponse
    /// Releases connections and threads; the transport is unusable afterwards.
    func shutdown() async
}

public struct TransportRequest: Sendable {
    public var method: HTTPMethod
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?
    /// Longest wait, from sending to the last byte of the answer.
    public var timeout: Duration

    public init(
        method: HTTPMethod, url: String, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil,
        timeout: Duration
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

public struct TransportResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first header with this name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }
}

/// How a request failed below HTTP. What matters for retries is whether the request may have reached the server.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// No connection was made (refused, unreachable, connect timeout): nothing was sent, so any method may be
        /// retried.
        case notSent
        /// The request may have reached the server: the connection dropped or the answer did not come in time.
        case interrupted
        /// The answer's head arrived but its body was cut short.
        case bodyCutShort(status: Int, receivedBytes: Int)
        /// A request that can never be sent as built (bad URL).
        case invalidRequest
    }

    public var kind: Kind
    /// In words, without secrets ("connection refused", "no answer within 15 s").
    public var reason: String

    public init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }

    public var description: String { reason }
}
