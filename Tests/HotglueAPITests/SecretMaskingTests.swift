import HotglueModels
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
