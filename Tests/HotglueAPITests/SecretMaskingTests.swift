@testable import HotglueModels
import LosslessJSON
import Testing

@Suite("Secret masking")
struct SecretMaskingTests {
    @Test(arguments: [
        "access_token", "refresh_token", "client_secret", "api_key", "apikey", "API-Key", "password", "secret",
        "token", "private_key", "db_password", "stripeApiKey", "AWS_SECRET_ACCESS_KEY", "x-api-key", "Authorization",
        "privateKey", "credentials",
    ])
    func secretKeys(_ key: String) {
        #expect(SecretMasking.isSecretKey(key))
    }

    @Test(arguments: ["client_id", "username", "token_type", "token_url", "instance_url", "expires_in", "label",
        "start_date", "realmId"])
    func harmlessKeys(_ key: String) {
        #expect(!SecretMasking.isSecretKey(key))
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
    }
}
