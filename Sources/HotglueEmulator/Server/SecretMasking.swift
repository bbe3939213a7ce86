import LosslessJSON

/// Replaces secret values with "***" before anything is recorded.
enum SecretMasking {
    static let mask = "***"

    /// Field names whose values are secrets wherever they appear (compared lowercased).
    static let secretFieldNames: Set<String> = [
        "access_token", "refresh_token", "client_secret", "api_key", "apikey", "password", "token", "secret",
        "private_key", "signing_key", "x-api-key", "id_token", "session_token", "secret_key", "auth_token",
    ]

    static func isSecret(_ name: String) -> Bool {
        let lower = name.lowercased()
        return secretFieldNames.contains(lower) || lower.hasSuffix("_secret") || lower.hasSuffix("_token")
            || lower.hasSuffix("_password")
    }

    static func query(_ query: [String: String]) -> [String: String] {
        query.reduce(into: [:]) { result, pair in
            result[pair.key] = isSecret(pair.key) ? mask : pair.value
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
        default:
            return value
        }
    }
}
