import LosslessJSON

/// Which keys hold secrets, and masking them out of any JSON value or log text. Every view and every log line goes
/// through this; a user reveals a field only on purpose (`revealing:`).
public enum SecretMasking {
    /// What a secret value is replaced by. Fixed length, so the mask tells nothing about the secret.
    public static let mask = "••••••"

    /// Key names (lower-cased, without `_`, `-`, `.` and spaces) that are secrets wherever they appear.
    static let exactNames: Set<String> = [
        "accesstoken", "refreshtoken", "idtoken", "clientsecret", "apikey", "xapikey", "password", "passwd", "pwd",
        "secret", "token", "privatekey", "secretkey", "secretaccesskey", "awssecretaccesskey", "sessiontoken",
        "authorization", "auth", "bearer", "cookie", "passphrase", "signingkey", "connectionstring", "dsn",
        "credentials", "jwt", "sastoken", "consumersecret", "appsecret", "webhooksecret", "encryptionkey",
    ]

    /// Parts that make any key a secret (`db_password`, `stripe_api_key`, `my_client_secret`).
    static let secretParts = [
        "password", "passwd", "secret", "token", "apikey", "privatekey", "credential", "passphrase",
        "signingkey", "sessionkey",
    ]

    /// Keys that contain a secret part but name something harmless about it.
    static let harmlessNames: Set<String> = [
        "tokentype", "tokenurl", "tokenuri", "tokenendpoint", "tokenexpiresat", "tokenexpiry", "tokenexpiresin",
        "expiresin", "secretname", "passwordpolicy", "passwordlastchanged", "apikeyname", "apikeyid",
        "privatekeyid", "credentialtype", "credentialsexpireat",
    ]

    /// True for keys that hold secrets: `access_token`, `refresh_token`, `client_secret`, `api_key`, `apikey`,
    /// `password`, `secret`, `token`, `private_key`, and any key containing one of those words (case-insensitive),
    /// except a few harmless ones like `token_type` or `token_url`.
    public static func isSecretKey(_ key: String) -> Bool {
        let normalized = normalize(key)
        if exactNames.contains(normalized) { return true }
        if harmlessNames.contains(normalized) { return false }
        return secretParts.contains { normalized.contains($0) }
    }

    /// `value` with every secret replaced by `mask`, keeping the structure: objects keep their keys and order,
    /// a secret key holding an object or array has each scalar inside masked. `null` and `""` stay as they are
    /// (they say "not set", which an operator needs to see). Paths in `revealing` are left as they are.
    public static func masked(_ value: JSONValue, revealing: Set<JSONPath> = []) -> JSONValue {
        maskValue(value, path: [], insideSecret: false, revealing: revealing)
    }

    /// A config object masked, as a convenience for views.
    public static func masked(_ object: JSONObject) -> JSONObject {
        masked(.object(object)).objectValue ?? object
    }

    /// Text with `token=…`, `x-api-key: …`, `Bearer …` and `"secret_key": "…"` values masked: for log lines and
    /// error messages that might quote a URL, a header or a JSON fragment.
    public static func maskText(_ text: String) -> String {
        SecretTextScrubber.scrub(text)
    }

    static func normalize(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { !"_-. ".unicodeScalars.contains($0) })
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
        case .string, .number, .bool:
            return insideSecret ? JSONValue(mask) : value
        }
    }
}
