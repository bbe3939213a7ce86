import GlueCore
import HotglueAPI

/// A complete profile from the config: where it points and where its secrets come from (not the secrets: they are
/// read by `SecretResolver` when a client is made).
public struct Profile: Hashable, Sendable {
    public var name: String
    public var baseURL: String
    public var envID: String
    public var flows: [String]
    public var defaultFlow: String
    public var apiKey: SecretSource
    public var apiKeyKind: APIKeyKind
    public var tenantSigningKey: SecretSource?
    public var readOnly: Bool
    public var production: Bool
    public var theme: String?
    /// `webhooks:`: the dashboard listens for Hotglue's webhooks itself.
    public var webhooks: ProfileWebhooks?
    /// `events:`: the relay's database, read for webhooks.
    public var events: ProfileEvents?
    /// `pulse:`: the pace of the pulse's sweep.
    public var pulse: ProfilePulse
    /// `start:`: the first screen.
    public var start: Screen
    /// `copy:`: whether `c` may put text on the terminal's clipboard (OSC 52). Default true.
    public var copy: Bool
    /// Where the profile is defined (the last file that set any of it), for errors about the profile as a whole.
    public var location: SourceLocation

    /// Checks the merged draft: required fields present, URL usable, default flow one of the flows.
    init(_ draft: ProfileDraft) throws(ConfigError) {
        let prefix = "profiles.\(draft.name)"
        func required<T>(_ value: Located<T>?, _ key: String, _ what: String) throws(ConfigError) -> Located<T> {
            guard let value else { throw draft.location.error(prefix, "missing \(key) (\(what))") }
            return value
        }
        let baseURL = try required(draft.baseURL, "base_url", "e.g. https://api.hotglue.com")
        guard Self.isHTTPURL(baseURL.value) else {
            throw baseURL.location.error("\(prefix).base_url", "must be an http(s) URL, e.g. https://api.hotglue.com")
        }
        let envID = try required(draft.envID, "env_id", "e.g. prod.hg.example.com")
        let flows = try required(draft.flows, "flows", "a list of flow ids; the first is the default")
        let apiKey = try required(draft.apiKey, "api_key", "env:VAR, file:PATH or command:CMD")
        var defaultFlow = flows.value[0]
        if let chosen = draft.defaultFlow {
            guard flows.value.contains(chosen.value) else {
                throw chosen.location.error("\(prefix).default_flow",
                                            "'\(chosen.value)' is not one of flows (\(flows.value.joined(separator: ", ")))")
            }
            defaultFlow = chosen.value
        }
        let kind = draft.apiKeyKind?.value ?? .secret
        if kind == .public, draft.signingKey == nil {
            throw (draft.apiKeyKind?.location ?? draft.location).error(
                "\(prefix).api_key_kind", "a public key needs tenant_signing_key to sign tenant tokens")
        }
        name = draft.name
        self.baseURL = baseURL.value
        self.envID = envID.value
        self.flows = flows.value
        self.defaultFlow = defaultFlow
        self.apiKey = apiKey.value
        apiKeyKind = kind
        tenantSigningKey = draft.signingKey?.value
        readOnly = draft.readOnly?.value ?? false
        production = draft.production?.value ?? false
        theme = draft.theme?.value
        webhooks = draft.webhooks?.value
        events = draft.events?.value
        pulse = draft.pulse?.value ?? ProfilePulse()
        start = draft.start?.value ?? .dashboard
        copy = draft.copy?.value ?? true
        location = draft.location
    }

    static func isHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponentsLite(text) else { return false }
        return ["http", "https"].contains(components.scheme) && !components.host.isEmpty
    }
}

/// Scheme and host of a URL, without Foundation's lenient parsing of odd strings.
struct URLComponentsLite {
    var scheme: String
    var host: String
    var port: Int?

    init?(_ text: String) {
        guard let range = text.range(of: "://") else { return nil }
        scheme = text[..<range.lowerBound].lowercased()
        var authority = text[range.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            guard let number = Int(authority[authority.index(after: colon)...]), (1...65535).contains(number) else { return nil }
            port = number
            host = String(authority[..<colon])
        } else {
            host = String(authority)
        }
        guard !host.isEmpty, !host.contains(where: \.isWhitespace) else { return nil }
    }

    /// `host:port` as the header shows it.
    var authority: String { host + (port.map { ":\($0)" } ?? "") }
}
