import GlueCore
import Yams

/// Reads a profile's `pulse:` mapping, `start:` and `events:`.
enum PulseConfigParser {
    static let keys = ["requests_per_second"]

    static func parse(_ node: Node, key: String, at location: SourceLocation, file: String) throws(ConfigError) -> ProfilePulse {
        guard let mapping = node.mapping else {
            throw location.error(key, "must be a mapping with requests_per_second, e.g. {requests_per_second: 0.5}")
        }
        var pulse = ProfilePulse()
        for entry in try ConfigParser.entries(of: mapping, file: file, prefix: key + ".", allowed: keys, what: "pulse") {
            let entryKey = "\(key).\(entry.key)"
            guard let number = entry.value.float, number > 0, number <= ProfilePulse.maximumRequestsPerSecond else {
                throw entry.location.error(
                    entryKey, "must be a number above 0 and at most \(Int(ProfilePulse.maximumRequestsPerSecond)) (requests a second)")
            }
            pulse.requestsPerSecond = number
        }
        return pulse
    }

    static func start(_ node: Node, key: String, at location: SourceLocation) throws(ConfigError) -> Screen {
        switch try ConfigParser.string(node, key: key, at: location, what: "dashboard or pulse") {
        case "dashboard": return .dashboard
        case "pulse": return .pulse
        default: throw location.error(key, "must be dashboard or pulse")
        }
    }

    static func events(_ node: Node, key: String, at location: SourceLocation) throws(ConfigError) -> ProfileEvents {
        let text = try ConfigParser.string(node, key: key, at: location, what: "a postgres:// URL or env:VAR, file:PATH, command:CMD")
        let lowered = text.lowercased()
        guard lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") else {
            return .secret(try ConfigParser.secretSource(node, key: key, at: location))
        }
        let authority = text.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(2).first ?? ""
        if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") {
            throw location.error(key, "holds a password: give the whole URL as env:VAR, file:PATH or command:CMD instead")
        }
        return .url(text)
    }
}
