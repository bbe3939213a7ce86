import Foundation
@testable import HotglueEmulator
import LosslessJSON
import Testing

/// The world plants secrets of every shape where a client must mask them, and can list them for tests.
@Suite("Planted secrets")
struct PlantedSecretsTests {
    @Test("every acme config carries each secret name and shape; hubspot's state a session of secrets")
    func everyShapeIsPlanted() async throws {
        let world = EmulatorWorld(settings: EmulatorSettings())
        let planted = await world.plantedSecrets(tenant: "acme")
        for connector in await world.linkedConnectors(tenant: "acme") {
            let config = try #require(connector["config"]?.objectValue)
            for key in ["consumer_key", "app_key", "client_key", "access_key", "key", "private_key", "database_url",
                        "dsn", "connection_string", "webhook_target", "identity", "upstream_header", "proxy_authentication"] {
                #expect(config.contains(key), "\(key)")
            }
            #expect(config["private_key"]?.stringValue?.hasPrefix("-----BEGIN PRIVATE KEY-----") == true)
            #expect(config["identity"]?.stringValue?.hasPrefix("eyJ") == true)
            #expect(config["upstream_header"]?.stringValue?.hasPrefix("Bearer ") == true)
            #expect(config["proxy_authentication"]?.stringValue?.hasPrefix("Basic ") == true)
            #expect(config["webhook_target"]?.stringValue?.contains(":hookpw_demo_") == true)
            for (key, value) in config where SecretMasking.isSecret(key) || SecretShapes.isSecret(value.stringValue ?? "") {
                let text = try #require(value.stringValue)
                #expect(planted.contains { text.contains($0) }, "\(key) is listed")
            }
        }
        let session = try #require(await world.state(tenant: "acme", connector: "hubspot")?["session"]?.objectValue)
        #expect(session.keys == ["access_token", "token_type", "expires_in", "id_token", "signed_request", "last_header",
                                 "callback", "signing_pem"])
        #expect(await world.state(tenant: "acme", connector: "salesforce")?["session"] == nil,
                "acme's salesforce state stays as the dashboard's demos show it")
    }
}
