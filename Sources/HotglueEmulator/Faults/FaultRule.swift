/// A misbehaviour the emulator can put in place of (or before) the normal answer.
public enum Fault: Sendable, Hashable {
    /// A Chalice error body with that status; a `Retry-After` header when given ("2" or an HTTP-date).
    case status(Int, retryAfter: String? = nil)
    /// Waits (wall time), then answers normally.
    case latency(Duration)
    /// Closes the TCP connection without answering, before the request is handled: nothing changed.
    case dropConnection
    /// Handles the request (a change is made), then closes the connection without answering: the client cannot
    /// know whether its change took effect.
    case dropAfterHandling
    /// The normal answer with its body cut short: Content-Length larger than what is sent, then the connection closes.
    case truncatedBody
    /// An HTML error page (as a proxy would send) with that status.
    case htmlBody(Int)
    /// A 200 whose body claims to be JSON and is not.
    case malformedJSON

    /// How the request log names the fault: "429", "latency", "drop", "dropafter", "truncate", "html", "malformed".
    public var logName: String {
        switch self {
        case .status(let code, _): String(code)
        case .latency: "latency"
        case .dropConnection: "drop"
        case .dropAfterHandling: "dropafter"
        case .truncatedBody: "truncate"
        case .htmlBody: "html"
        case .malformedJSON: "malformed"
        }
    }
}

/// Which request paths a rule applies to.
public enum RouteMatcher: Sendable, Hashable {
    case any
    case pathPrefix(String)
    case pathContains(String)
    /// The path ends with this: `discover` and not `discover/poll`.
    case pathSuffix(String)

    func matches(path: String) -> Bool {
        switch self {
        case .any: true
        case .pathPrefix(let prefix): path.hasPrefix(prefix)
        case .pathContains(let fragment): path.contains(fragment)
        case .pathSuffix(let suffix): path.hasSuffix(suffix)
        }
    }
}

/// One fault with the requests it applies to.
public struct FaultRule: Sendable, Hashable {
    public var fault: Fault
    public var route: RouteMatcher = .any
    /// nil = any method.
    public var method: String? = nil
    /// nil = every matching request; n = the next n matching requests.
    public var times: Int? = nil
    /// Decided by a generator seeded from the settings, so runs repeat.
    public var probability: Double = 1.0

    public init(
        _ fault: Fault, route: RouteMatcher = .any, method: String? = nil, times: Int? = nil, probability: Double = 1.0
    ) {
        self.fault = fault
        self.route = route
        self.method = method
        self.times = times
        self.probability = probability
    }

    func matches(method requestMethod: String, path: String) -> Bool {
        if let method, method.uppercased() != requestMethod.uppercased() { return false }
        return route.matches(path: path)
    }
}
