import HotglueModels
import Logging

/// The kind of an API key. With a secret key (backends, ops tools) no tenant token is needed; with a public key
/// (widgets) GET linkedConnectors needs a tenant token signed with the environment's signing key.
public enum APIKeyKind: String, Sendable, Hashable {
    case secret
    case `public`
}

/// What a client needs to talk to one environment and flow.
public struct HotglueConfiguration: Sendable {
    /// `https://api.hotglue.com` (or the emulator's `http://127.0.0.1:port`); a trailing slash is ignored.
    public var baseURL: String
    public var environment: EnvironmentID
    public var flow: FlowID
    public var apiKey: Secret
    public var keyKind: APIKeyKind
    /// The environment's private signing key, base64-encoded PEM as Hotglue hands it out (a bare PEM works too).
    /// Needed only with a public key.
    public var tenantSigningKey: Secret?
    /// Longest wait for one request, from sending to the last byte of the answer.
    public var requestTimeout: Duration
    /// Longest wait to open a connection.
    public var connectTimeout: Duration
    public var retryPolicy: RetryPolicy
    /// At most this many requests at the server at once (the design's budget is 4).
    public var maxInFlight: Int
    /// Called for every retry the client schedules, besides the `retryEvents()` streams.
    public var onRetry: (@Sendable (RetryEvent) -> Void)?
    public var logger: Logger
    public var userAgent: String

    public init(
        baseURL: String, environment: EnvironmentID, flow: FlowID, apiKey: Secret, keyKind: APIKeyKind = .secret,
        tenantSigningKey: Secret? = nil, requestTimeout: Duration = .seconds(15), connectTimeout: Duration = .seconds(5),
        retryPolicy: RetryPolicy = .standard, maxInFlight: Int = 4, onRetry: (@Sendable (RetryEvent) -> Void)? = nil,
        logger: Logger = Logger(label: "gluetop.api"), userAgent: String = "gluetop"
    ) {
        self.baseURL = baseURL
        self.environment = environment
        self.flow = flow
        self.apiKey = apiKey
        self.keyKind = keyKind
        self.tenantSigningKey = tenantSigningKey
        self.requestTimeout = requestTimeout
        self.connectTimeout = connectTimeout
        self.retryPolicy = retryPolicy
        self.maxInFlight = maxInFlight
        self.onRetry = onRetry
        self.logger = logger
        self.userAgent = userAgent
    }

    /// The base URL without a trailing slash.
    var normalizedBaseURL: String {
        var url = baseURL
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// The host named in error messages ("prod.hg.example.com" style: the URL's authority).
    var host: String {
        var rest = Substring(normalizedBaseURL)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        return rest.isEmpty ? normalizedBaseURL : String(rest)
    }
}
