import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

/// The emulator's assumption of how a connector describes its config (`connect_ui_params`).
@Suite("Connector config descriptions (connect_ui_params, an emulator assumption)")
struct ConnectUIParamsTests {
    @Test("every available connector describes its config; secrets are passwords and required")
    func described() async throws {
        try await withEmulator { (_, client) async throws in
            let available = try #require(try await client.get("/v2/\(client.env)/availableConnectors").json.arrayValue)
            for connector in available {
                let params = try #require(connector["connect_ui_params"]?.objectValue, "\(connector["id"] ?? nil)")
                #expect(!params.isEmpty)
                for (_, description) in params {
                    #expect(description["label"]?.stringValue?.isEmpty == false)
                    #expect(description["required"]?.boolValue != nil)
                }
            }
            let byID = Dictionary(uniqueKeysWithValues: available.compactMap { c in c["id"]?.stringValue.map { ($0, c) } })
            let salesforce = try #require(byID["salesforce"]?["connect_ui_params"]?.objectValue)
            #expect(salesforce.keys.prefix(3) == ["access_token", "refresh_token", "instance_url"])
            #expect(salesforce["access_token"]?["type"] == "password")
            #expect(salesforce["access_token"]?["required"] == true)
            let stripe = try #require(byID["stripe"]?["connect_ui_params"]?.objectValue)
            #expect(stripe["api_key"]?["type"] == "password")
            #expect(stripe["account_id"]?["required"] == false)
        }
    }

    @Test("supported connectors carry the same descriptions")
    func supportedToo() async throws {
        try await withEmulator { (_, client) async throws in
            let supported = try #require(try await client.get("/v2/\(client.env)/\(client.flow)/supportedConnectors").json.arrayValue)
            #expect(supported.allSatisfy { $0["connect_ui_params"]?.objectValue?.isEmpty == false })
        }
    }
}
