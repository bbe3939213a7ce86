import HotglueAPI
import HotglueModels
import LosslessJSON
import Testing

@Suite("State round trip")
struct StateRoundTripTests {
    @Test func bigIntegersAndDecimalsSurviveByteForByte() async throws {
        try await withEmulator { emulator, client in
            let connector = try await firstConnector(client).id
            let text = #"{"bookmarks":{"orders":{"replication_key_value":12345678901234567890,"ratio":1.10,"tiny":1e-7,"name":"caf\u00e9"}}}"#
            let state = try JSONValue.parse(text)
            try await client.setState(tenant: acme, connector: connector, state: state)
            #expect(await emulator.world.stateText(tenant: acme.rawValue, connector: connector.rawValue) == text)
            let read = try #require(try await client.getState(tenant: acme, connector: connector))
            #expect(read.compact() == text)
            #expect(read["bookmarks"]?["orders"]?["replication_key_value"]?.numberText == "12345678901234567890")
            #expect(read["bookmarks"]?["orders"]?["ratio"]?.numberText == "1.10")
            // What "get" gives is valid input for "set".
            try await client.setState(tenant: acme, connector: connector, state: read)
            #expect(await emulator.world.stateText(tenant: acme.rawValue, connector: connector.rawValue) == text)
            let put = try #require(await emulator.requests().last { $0.method == "PUT" })
            #expect(put.body?.contains(#""state":"#) == true)
        }
    }
}
