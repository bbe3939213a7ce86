/// How a connector authenticates: `oauth` or `api` (a key the tenant pastes); anything else is kept as sent.
public enum ConnectorAuthType: Hashable, Sendable, CustomStringConvertible {
    case oauth, api
    case other(String)

    public init(rawValue: String) {
        switch rawValue.lowercased() {
        case "oauth", "oauth2": self = .oauth
        case "api", "apikey", "api_key": self = .api
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .oauth: return "oauth"
        case .api: return "api"
        case .other(let text): return text
        }
    }

    public var description: String { rawValue }
}
