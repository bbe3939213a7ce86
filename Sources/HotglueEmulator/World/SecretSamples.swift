import Foundation
import LosslessJSON

/// Secrets in every shape a client must mask, planted in the world's configs and states so tests (and a demo)
/// can check that nothing shows one. Some hide behind names that say "secret" (`consumer_key`, `database_url`),
/// some only by their shape under innocent names (`identity` holding a JWT, `webhook_target` a URL with a
/// password). Each sample also says which part of its value must never be shown (`hidden`): for a URL that is
/// the password, for a `Bearer` header the token, for a PEM key a line of its body.
struct SecretSample {
    let key: String
    let value: JSONValue
    let hidden: String
}

enum SecretSamples {
    /// Extra config members for a linked connector, after the ones its config style needs.
    static func config(tenant: String, random: inout SplitMix64) -> [SecretSample] {
        let host = tenant.replacingOccurrences(of: "_", with: "-")
        let databasePassword = word("dbpw", &random)
        let dsnPassword = word("dsnpw", &random)
        let sqlPassword = word("sqlpw", &random)
        let hookPassword = word("hookpw", &random)
        let bearer = word("bt", &random)
        let pem = PEMSample(random: &random)
        let basic = BasicSample(user: "proxy", password: word("basicpw", &random))
        return [
            named("consumer_key", word("ck", &random)),
            named("app_key", word("ak", &random)),
            named("client_key", word("clk", &random)),
            named("access_key", word("ack", &random)),
            named("key", word("k", &random)),
            SecretSample(key: "private_key", value: .string(JSONString(pem.text)), hidden: pem.bodyLine),
            SecretSample(key: "database_url",
                         value: .string(JSONString("postgres://hotglue:\(databasePassword)@db.\(host).internal:5432/\(tenant)")),
                         hidden: databasePassword),
            SecretSample(key: "dsn", value: .string(JSONString("mysql://reporting:\(dsnPassword)@mysql.\(host).internal/warehouse")),
                         hidden: dsnPassword),
            SecretSample(key: "connection_string",
                         value: .string(JSONString("Server=tcp:sql.\(host).internal,1433;Database=erp;User ID=erp;Password=\(sqlPassword);")),
                         hidden: sqlPassword),
            // Innocent names: only the value's shape says it is a secret.
            SecretSample(key: "webhook_target",
                         value: .string(JSONString("https://hooks:\(hookPassword)@hooks.\(host).example.com/in")),
                         hidden: hookPassword),
            jwt("identity", subject: tenant, &random),
            SecretSample(key: "upstream_header", value: .string(JSONString("Bearer \(bearer)")), hidden: bearer),
            SecretSample(key: "proxy_authentication", value: .string(JSONString("Basic \(basic.encoded)")),
                         hidden: basic.encoded),
        ]
    }

    /// A `session` object some taps keep in their state to refresh OAuth tokens between runs, with the harmless
    /// fields beside the secrets that a client must keep showing (`token_type`, `expires_in`).
    static func stateSession(tenant: String, random: inout SplitMix64) -> [SecretSample] {
        let callbackPassword = word("cbpw", &random)
        let bearer = word("hdr", &random)
        let pem = PEMSample(random: &random)
        return [
            named("access_token", word("sat", &random)),
            SecretSample(key: "token_type", value: "Bearer", hidden: ""),
            SecretSample(key: "expires_in", value: 3600, hidden: ""),
            jwt("id_token", subject: tenant, &random),
            jwt("signed_request", subject: "\(tenant)-relay", &random),
            SecretSample(key: "last_header", value: .string(JSONString("Bearer \(bearer)")), hidden: bearer),
            SecretSample(key: "callback",
                         value: .string(JSONString("https://relay:\(callbackPassword)@relay.example.com/cb")),
                         hidden: callbackPassword),
            SecretSample(key: "signing_pem", value: .string(JSONString(pem.text)), hidden: pem.bodyLine),
        ]
    }

    static func object(_ samples: [SecretSample]) -> JSONValue {
        var object = JSONObject()
        for sample in samples { object[sample.key] = sample.value }
        return .object(object)
    }

    private static func named(_ key: String, _ value: String) -> SecretSample {
        SecretSample(key: key, value: .string(JSONString(value)), hidden: value)
    }

    private static func word(_ prefix: String, _ random: inout SplitMix64) -> String {
        "\(prefix)_demo_\(random.token(length: 20, alphabet: SplitMix64.hexAlphabet))"
    }

    /// A token shaped like a JWT (not signed by anyone: only its look matters here).
    private static func jwt(_ key: String, subject: String, _ random: inout SplitMix64) -> SecretSample {
        let header = base64URL(#"{"alg":"HS256","typ":"JWT"}"#)
        let payload = base64URL(#"{"sub":"\#(subject)","n":"\#(random.token(length: 8, alphabet: SplitMix64.hexAlphabet))"}"#)
        let signature = random.token(length: 43, alphabet: SplitMix64.idAlphabet)
        let token = "\(header).\(payload).\(signature)"
        return SecretSample(key: key, value: .string(JSONString(token)), hidden: token)
    }

    private static func base64URL(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// A PEM private key block with random base64 lines (the shape of a key, not a key).
private struct PEMSample {
    let text: String
    let bodyLine: String

    init(random: inout SplitMix64) {
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        let lines = (0..<4).map { _ in random.token(length: 64, alphabet: alphabet) }
        bodyLine = lines[1]
        text = (["-----BEGIN PRIVATE KEY-----"] + lines + ["-----END PRIVATE KEY-----"]).joined(separator: "\n")
    }
}

/// `Basic` credentials: base64 of `user:password`.
private struct BasicSample {
    let encoded: String

    init(user: String, password: String) {
        encoded = Data("\(user):\(password)".utf8).base64EncodedString()
    }
}
