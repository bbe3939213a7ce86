@testable import HotglueModels
import LosslessJSON
import Testing

@Suite("Secret masking")
struct SecretMaskingTests {
    /// The key-name table, both ways. Every row of `SecretKeyNames` has names here.
    static let secretKeyNames = [
        // the old list
        "access_token", "refresh_token", "client_secret", "api_key", "apikey", "API-Key", "password", "secret",
        "token", "private_key", "db_password", "stripeApiKey", "AWS_SECRET_ACCESS_KEY", "x-api-key", "Authorization",
        "privateKey", "credentials", "id_token", "passphrase", "cookie", "jwt",
        // names the old list missed
        "client_key", "consumer_key", "app_key", "key", "access_key", "database_url", "dsn", "sentry_dsn",
        "connection_string", "conn_str", "ConnectionString", "jdbc_url", "DATABASE_URL",
        // suffixes and secret words anywhere
        "hmac_key", "webhook_secret", "auth_token", "smtp_password", "basic_auth", "db_pwd", "api_keys",
        "oauth_consumer_secret", "secret_value", "authorization_code",
    ]

    /// Singer's own keys, and names that describe a secret without holding it.
    static let shownKeyNames = [
        "replication_key", "replication_key_value", "primary_key", "primary_keys", "key_properties", "bookmark_key",
        "table_key_properties", "valid_replication_keys", "forced_replication_method", "replication_method",
        "table-key-properties", "valid-replication-keys", "forced-replication-method", "replicationKey",
        "partition_key", "sort_key", "keys", "token_type", "token_url", "expires_in", "expires_at", "tokenType",
        "api_key_id", "private_key_id", "secret_name", "password_policy", "auth_type", "auth_url",
        "client_id", "username", "instance_url", "label", "start_date", "realmId", "webhook_url", "monkey",
        "keyboard_layout", "identity", "callback", "last_header", "upstream_header", "proxy_authentication",
    ]

    @Test(arguments: secretKeyNames)
    func secretKeys(_ key: String) {
        #expect(SecretMasking.isSecretKey(key))
    }

    @Test(arguments: shownKeyNames)
    func shownKeys(_ key: String) {
        #expect(!SecretMasking.isSecretKey(key))
    }

    @Test("names split into words at separators and camelCase")
    func words() {
        #expect(SecretKeyNames.words(of: "stripeApiKey") == ["stripe", "api", "key"])
        #expect(SecretKeyNames.words(of: "APIKey") == ["api", "key"])
        #expect(SecretKeyNames.words(of: "AWS_SECRET-ACCESS.KEY") == ["aws", "secret", "access", "key"])
        #expect(SecretKeyNames.words(of: "s3Key") == ["s3", "key"])
    }

    @Test func masksValuesAndKeepsStructure() throws {
        let config = try JSONValue.parse(
            """
            {"client_id": "abc", "access_token": "ya29.secret", "nested": {"password": 1234, "user": "me",
             "keys": [{"api_key": "k1"}, {"api_key": ""}]}, "refresh_token": null,
             "credentials": {"user": "u", "pass": "p"}}
            """)
        let masked = SecretMasking.masked(config)
        #expect(masked.objectValue?.keys == config.objectValue?.keys)
        #expect(masked["client_id"] == "abc")
        #expect(masked["access_token"] == JSONValue(SecretMasking.mask))
        #expect(masked["nested"]?["password"] == JSONValue(SecretMasking.mask))
        #expect(masked["nested"]?["user"] == "me")
        #expect(masked["nested"]?["keys"]?[0]?["api_key"] == JSONValue(SecretMasking.mask))
        #expect(masked["nested"]?["keys"]?[1]?["api_key"] == "")
        #expect(masked["refresh_token"] == .null)
        #expect(masked["credentials"]?["user"] == JSONValue(SecretMasking.mask))
        #expect(!masked.compact().contains("ya29"))
    }

    @Test func revealsOnlyTheChosenField() throws {
        let config: JSONValue = ["access_token": "a", "refresh_token": "r"]
        let path = try #require(JSONPath(parsing: "access_token"))
        let masked = SecretMasking.masked(config, revealing: [path])
        #expect(masked["access_token"] == "a")
        #expect(masked["refresh_token"] == JSONValue(SecretMasking.mask))
    }

    @Test func masksSecretsInText() {
        let url = "GET /v2/env/flow/acme/linkedConnectors?config=true&token=eyJhbGciOi.abc.def&catalog=true"
        let masked = SecretMasking.maskText(url)
        #expect(!masked.contains("eyJhbGciOi"))
        #expect(masked.contains("config=true"))
        #expect(masked.contains("catalog=true"))
        #expect(!SecretMasking.maskText("x-api-key: hg-123456").contains("hg-123456"))
        #expect(!SecretMasking.maskText(#"{"client_secret": "s3cr3t", "id": 1}"#).contains("s3cr3t"))
        #expect(!SecretMasking.maskText("Authorization: Bearer abc.def").contains("abc.def"))
        #expect(SecretMasking.maskText("nothing secret here") == "nothing secret here")
        #expect(SecretMasking.maskText("rejected eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhY21lIn0.c2ln-_x for acme")
            == "rejected \(SecretMasking.mask) for acme")
        #expect(SecretMasking.maskText("version 1.2.3") == "version 1.2.3")
    }
}

/// One shape, the text that holds it, what it becomes, and the secret part that must be gone.
struct ShapeCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var masked: String
    var secret: String
    var testDescription: String { name }
}

@Suite("Secret masking by value shape")
struct SecretShapeTests {
    static let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhY21lIn0.c2ln-_x0"
    static let pemBody = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"
    static let pem = "-----BEGIN RSA PRIVATE KEY-----\n\(pemBody)\nAbCd\n-----END RSA PRIVATE KEY-----"
    static let basic = "cHJveHk6aHVudGVyMg=="  // proxy:hunter2
    static let m = SecretMasking.mask

    static let cases = [
        ShapeCase(name: "JWT", text: jwt, masked: m, secret: "c2ln-_x0"),
        ShapeCase(name: "JWT in a sentence", text: "token \(jwt) expired", masked: "token \(m) expired", secret: "c2ln"),
        ShapeCase(name: "PEM private key", text: pem,
                  masked: "-----BEGIN RSA PRIVATE KEY-----\(m)-----END RSA PRIVATE KEY-----", secret: pemBody),
        ShapeCase(name: "PEM without an end", text: "-----BEGIN PRIVATE KEY-----\n\(pemBody)",
                  masked: "-----BEGIN PRIVATE KEY-----\(m)", secret: pemBody),
        ShapeCase(name: "URL password", text: "postgres://app:hunter2@db.acme.internal:5432/acme",
                  masked: "postgres://app:\(m)@db.acme.internal:5432/acme", secret: "hunter2"),
        ShapeCase(name: "URL password with @ and /", text: "mysql://u:p@ss/w0rd@h/db",
                  masked: "mysql://u:\(m)@h/db", secret: "ss/w0rd"),
        ShapeCase(name: "URL password in a log line", text: "connecting to redis://:s3cr3t@cache:6379 now",
                  masked: "connecting to redis://:\(m)@cache:6379 now", secret: "s3cr3t"),
        ShapeCase(name: "Bearer", text: "Bearer sk-live-abc", masked: "Bearer \(m)", secret: "sk-live-abc"),
        ShapeCase(name: "bearer in lower case", text: "sent bearer abc123 upstream", masked: "sent bearer \(m) upstream",
                  secret: "abc123"),
        ShapeCase(name: "Basic", text: "Basic \(basic)", masked: "Basic \(m)", secret: basic),
    ]

    /// Look-alikes that are not secrets and must stay readable.
    static let harmless = [
        "Basic plan", "basic authentication failed", "https://api.example.com:443/v2/users/@me",
        "https://user@host/path", "https://host/a:b@c", "token_type: Bearer", "eyJ not a token", "version 1.2.3",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", "mailto:ops@example.com",
    ]

    @Test(arguments: cases)
    func masksTheShapeInText(_ shape: ShapeCase) {
        #expect(SecretMasking.maskText(shape.text) == shape.masked)
        #expect(!SecretMasking.maskText(shape.text).contains(shape.secret))
    }

    @Test(arguments: cases)
    func masksTheShapeAsAJSONValueUnderAnyKey(_ shape: ShapeCase) {
        let document: JSONValue = ["innocent_name": JSONValue(shape.text), "list": [JSONValue(shape.text)]]
        let masked = SecretMasking.masked(document)
        #expect(masked["innocent_name"] == JSONValue(shape.masked))
        #expect(masked["list"]?[0] == JSONValue(shape.masked))
        #expect(SecretMasking.isSecretValue(JSONValue(shape.text)))
        #expect(SecretMasking.maskedPaths(in: document).map(\.description) == ["innocent_name", "list[0]"])
        let revealed = try! #require(JSONPath(parsing: "innocent_name"))
        #expect(SecretMasking.masked(document, revealing: [revealed])["innocent_name"] == JSONValue(shape.text))
    }

    @Test(arguments: harmless)
    func leavesLookAlikes(_ text: String) {
        #expect(SecretMasking.maskText(text) == text)
        #expect(SecretMasking.masked(["note": JSONValue(text)])["note"] == JSONValue(text))
    }

    @Test("a value under a secret key is masked whole, shapes or not; a diff's value is masked for its path")
    func keyWinsOverShape() throws {
        let masked = SecretMasking.masked(["database_url": "postgres://a:b@h/d", "connection_string": "Server=x;Password=y"])
        #expect(masked["database_url"] == JSONValue(SecretMasking.mask))
        #expect(masked["connection_string"] == JSONValue(SecretMasking.mask))
        let path = try #require(JSONPath(parsing: "session.access_token"))
        #expect(SecretMasking.masked("ya29.raw", at: path) == JSONValue(SecretMasking.mask))
        let shown = try #require(JSONPath(parsing: "bookmarks.Account.replication_key_value"))
        #expect(SecretMasking.masked("2024-01-01", at: shown) == "2024-01-01")
    }
}

@Suite("Secret masking of log text: the quick byte check never skips a secret")
struct SecretTextFastPathTests {
    static let lines = [
        "Account: fetched page 12 of the query; 24,000 records so far",
        "GET /services/data/v58.0/query?q=SELECT+Id page 1 → 200",
        "GET /v2/env/flow/acme/linkedConnectors?token=abc.def.ghi&config=true",
        "x-api-key: hg-live-123", "X-API-KEY=hg-live-123", "Authorization: Bearer sk-live-abc",
        "header bearer abc123 sent", #"{"client_secret": "s3cr3t", "id": 1}"#, #"{"Client-Secret":"x"}"#,
        "db_password=hunter2; user=admin", "DSN: postgres://u:p@h/db", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.abc-_",
        "stripe.api.key=sk_test_1", "token_type: bearer", "AWS_SECRET_ACCESS_KEY = abc/def",
        "café token=naïve", "ＴＯＫＥＮ=fullwidth", "TO\u{212A}EN=kelvin-sign k", "no secrets: just words and numbers 1.10",
        "auth: ok", "cookie=abc; path=/",
        // names the rule learnt, and every value shape
        "client_key=ck_1 consumer_key=ck_2", "key: abc", "KEY=abc", "\"app_key\" : \"x\"", "access-key:AKIA1",
        "database_url=postgres://u:p@h/db", "conn_str=Server=x;Password=y", "sentry_dsn: https://k@o.ingest/1",
        "replication_key: updated_at", "primary_key=id", "Basic cHJveHk6aHVudGVyMg==", "basic plan",
        "-----BEGIN PRIVATE KEY-----\\nMIIE", "redis://:pw@cache:6379", "https://example.com/x@y",
        "git clone https://example.com/repo.git", "12:01:03 SYNC_STARTED", "monkey: banana",
        #"{"identity":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.abc"}"#, "url=https://user:pw@h/p",
    ]

    @Test(arguments: lines)
    func quickCheckAgreesWithTheFullScan(_ line: String) {
        #expect(SecretMasking.maskText(line) == SecretTextScrubber.scrubFully(line))
    }

    @Test func everyLineThatTheFullScanChangesIsSentToIt() {
        for line in Self.lines where SecretTextScrubber.scrubFully(line) != line {
            #expect(SecretTextScrubber.mayHoldSecret(line), "\(line)")
        }
        #expect(!SecretTextScrubber.mayHoldSecret("Account: fetched page 12 of the query; 24,000 records so far"))
        #expect(!SecretTextScrubber.mayHoldSecret("GET https://api.example.com/v2/jobs?page=2 -> 200"))
    }

    /// Built from the table itself, so a name added to it later is checked too: `name=value`, `"name": "value"`
    /// and `name: value` each go to the full scan and come back masked.
    @Test("every name of the key table reaches the full scan")
    func everyTableNameIsCaught() {
        let names = SecretMaskingTests.secretKeyNames + Array(SecretKeyNames.secretNames)
            + SecretKeyNames.secretParts + Array(SecretKeyNames.secretLastWords)
        for name in names where SecretMasking.isSecretKey(name) {
            for line in ["\(name)=v4lue", "{\"\(name)\": \"v4lue\"}", "x \(name) : v4lue"] {
                #expect(SecretTextScrubber.mayHoldSecret(line), "\(line)")
                #expect(!SecretMasking.maskText(line).contains("v4lue"), "\(line)")
            }
        }
    }

    @Test("every shape reaches the full scan, inside longer lines too")
    func everyShapeIsCaught() {
        for shape in SecretShapeTests.cases {
            for line in [shape.text, "at 12:00 \(shape.text) done", "{\"v\":\"\(shape.text)\"}"] {
                #expect(SecretTextScrubber.mayHoldSecret(line), "\(line)")
                #expect(!SecretMasking.maskText(line).contains(shape.secret), "\(line)")
            }
        }
    }
}
