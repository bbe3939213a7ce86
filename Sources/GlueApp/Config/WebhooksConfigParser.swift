import GlueEvents
import Yams

/// Reads a profile's `webhooks:` mapping (`ProfileWebhooks`): `listen` and `secret`, both optional.
enum WebhooksConfigParser {
    static let keys = ["listen", "secret"]

    static func parse(_ node: Node, key: String, at location: SourceLocation, file: String) throws(ConfigError)
        -> ProfileWebhooks
    {
        guard let mapping = node.mapping else {
            throw location.error(key, "must be a mapping with \(keys.joined(separator: ", ")), e.g. {listen: 127.0.0.1:9090, secret: env:VAR}")
        }
        var webhooks = ProfileWebhooks()
        for entry in try ConfigParser.entries(of: mapping, file: file, prefix: key + ".", allowed: keys, what: "webhooks") {
            let entryKey = "\(key).\(entry.key)"
            switch entry.key {
            case "listen":
                // A bare port is read by YAML as a number; its text is the same.
                let text = try ConfigParser.string(entry.value, key: entryKey, at: entry.location, what: "HOST:PORT or a port")
                do {
                    webhooks.listen = try ListenAddress(parsing: text)
                } catch {
                    throw entry.location.error(entryKey, error.description)
                }
            default:
                webhooks.secret = try ConfigParser.secretSource(entry.value, key: entryKey, at: entry.location)
            }
        }
        return webhooks
    }
}
