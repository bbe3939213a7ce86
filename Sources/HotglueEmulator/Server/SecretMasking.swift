import LosslessJSON

/// Replaces secret values with "***" before anything is recorded. The emulator's own reading of what is secret
/// (it may not import the client's models, DESIGN.md): by field name, and by the shape of a string whatever its
/// field (`SecretShapes`). A secret value is replaced whole; a recorded request only needs to say what was sent.
enum SecretMasking {
    static let mask = "***"

    /// Names (lower-cased, `-` read as `_`) that are secrets.
    static let secretFieldNames: Set<String> = [
        "access_token", "refresh_token", "id_token", "session_token", "auth_token", "token", "client_secret",
        "secret", "secret_key", "password", "passwd", "pwd", "passphrase", "api_key", "apikey", "x_api_key",
        "private_key", "signing_key", "client_key", "consumer_key", "consumer_secret", "app_key", "access_key",
        "key", "authorization", "credentials", "cookie", "dsn", "database_url", "db_url", "connection_string",
        "conn_str", "connection_uri", "jwt",
    ]

    /// Names that end like a secret but name something else: Singer's own fields and words about a token.
    static let notSecret: Set<String> = [
        "replication_key", "replication_key_value", "valid_replication_keys", "primary_key", "primary_keys",
        "key_properties", "table_key_properties", "bookmark_key", "forced_replication_method", "replication_method",
        "token_type", "token_url", "token_uri", "expires_in", "partition_key", "sort_key",
    ]

    static let secretSuffixes = ["_key", "_secret", "_token", "_password", "_dsn"]

    static func isSecret(_ name: String) -> Bool {
        let lower = name.lowercased().replacingOccurrences(of: "-", with: "_")
        if notSecret.contains(lower) { return false }
        return secretFieldNames.contains(lower) || secretSuffixes.contains { lower.hasSuffix($0) }
            || lower.contains("password") || lower.contains("secret")
    }

    static func query(_ query: [String: String]) -> [String: String] {
        query.reduce(into: [:]) { result, pair in
            result[pair.key] = isSecret(pair.key) || SecretShapes.isSecret(pair.value) ? mask : pair.value
        }
    }

    /// The body text with secret fields masked. A body that is not JSON cannot be searched for secrets,
    /// so only its size is recorded.
    static func body(_ text: String) -> String {
        guard let value = try? JSONValue.parse(text) else {
            return "<\(text.utf8.count) bytes, not JSON>"
        }
        return masked(value).compact()
    }

    static func masked(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var result = JSONObject()
            for (key, member) in object {
                result[key] = isSecret(key) && !member.isNull ? .string(JSONString(mask)) : masked(member)
            }
            return .object(result)
        case .array(let elements):
            return .array(elements.map(masked))
        case .string(let string) where SecretShapes.isSecret(string.value):
            return .string(JSONString(mask))
        default:
            return value
        }
    }
}
