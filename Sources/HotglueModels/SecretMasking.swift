import LosslessJSON

/// Which keys hold secrets, and masking them out of any JSON value or log text. Every view and every log line goes
/// through this; a user reveals a field only on purpose (`revealing:`).
public enum SecretMasking {
    /// What a secret value is replaced by. Fixed length, so the mask tells nothing about the secret.
    public static let mask = "••••••"

    /// True for keys that hold secrets, decided by one table (`SecretKeyNames`, where the rows are explained):
    /// `access_token`, `client_secret`, `api_key`, `client_key`, `private_key`, `key`, `database_url`, `dsn`,
    /// `conn_str`, any `…_password`, `…_token`, `…_secret`, `…_key`; never Singer's own keys (`replication_key`,
    /// `primary_key`, `key_properties`, …) nor names about a secret (`token_type`, `token_url`, `expires_in`).
    public static func isSecretKey(_ key: String) -> Bool {
        SecretKeyNames.isSecret(key)
    }

    /// True for a string whose shape is a secret whatever its key (a JWT, a PEM private key, a URL with a
    /// password, a `Bearer`/`Basic` credential): see `SecretValueShapes`.
    public static func isSecretValue(_ value: JSONValue) -> Bool {
        guard case .string(let string) = value else { return false }
        return SecretValueShapes.masked(string.value) != string.value
    }

    /// The string with its secret shapes masked, or nil when it has none. Views that mask by key themselves use
    /// this for the values under keys that are not secret.
    public static func maskingShapes(in string: String) -> String? {
        let masked = SecretValueShapes.masked(string)
        return masked == string ? nil : masked
    }

    /// `value` with every secret replaced by `mask`, keeping the structure: objects keep their keys and order,
    /// a secret key holding an object or array has each scalar inside masked, and a string of a secret shape under
    /// any other key has its secret part masked (`SecretValueShapes`). `null` and `""` stay as they are
    /// (they say "not set", which an operator needs to see). Paths in `revealing` are left as they are.
    public static func masked(_ value: JSONValue, revealing: Set<JSONPath> = []) -> JSONValue {
        maskValue(value, path: [], insideSecret: false, revealing: revealing)
    }

    /// A config object masked, as a convenience for views.
    public static func masked(_ object: JSONObject) -> JSONObject {
        masked(.object(object)).objectValue ?? object
    }

    /// A value found at `path` inside a larger document (a diff's old or new value): wholly masked when a key on
    /// the way is a secret, else its own secrets masked.
    public static func masked(_ value: JSONValue, at path: JSONPath) -> JSONValue {
        let underSecret = path.components.contains {
            if case .key(let key) = $0 { return isSecretKey(key) }
            return false
        }
        return maskValue(value, path: [], insideSecret: underSecret, revealing: [])
    }

    /// Text with `token=…`, `x-api-key: …`, `"secret_key": "…"` values and every secret shape (JWTs, PEM keys,
    /// URL passwords, `Bearer`/`Basic` credentials) masked: for log lines and error messages that might quote a
    /// URL, a header or a JSON fragment.
    public static func maskText(_ text: String) -> String {
        SecretTextScrubber.scrub(text)
    }

    private static func maskValue(
        _ value: JSONValue, path: [JSONPath.Component], insideSecret: Bool, revealing: Set<JSONPath>
    ) -> JSONValue {
        if !revealing.isEmpty, revealing.contains(JSONPath(path)) { return value }
        switch value {
        case .object(let object):
            var result = JSONObject()
            for (key, member) in object {
                result[key] = maskValue(
                    member, path: path + [.key(key)], insideSecret: insideSecret || isSecretKey(key),
                    revealing: revealing)
            }
            return .object(result)
        case .array(let items):
            return .array(
                items.enumerated().map { index, item in
                    maskValue(item, path: path + [.index(index)], insideSecret: insideSecret, revealing: revealing)
                })
        case .null:
            return value
        case .string(let string) where string.value.isEmpty:
            return value
        case .string(let string):
            if insideSecret { return JSONValue(mask) }
            return maskingShapes(in: string.value).map { .string(JSONString($0)) } ?? value
        case .number, .bool:
            return insideSecret ? JSONValue(mask) : value
        }
    }
}
