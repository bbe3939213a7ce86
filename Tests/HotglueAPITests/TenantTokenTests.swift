import Foundation
import GlueSync
import HotglueAPI
import HotglueEmulator
import HotglueModels
import Testing

@Suite("Tenant tokens")
struct TenantTokenTests {
    @Test func aPublicKeyListsConnectorsWithASignedTenantToken() async throws {
        let emulator = try await HotglueEmulatorServer.start(testSettings())
        let client = HotglueClient(
            configuration: clientConfiguration(for: emulator) {
                $0.apiKey = Secret(emulator.settings.publicAPIKey)
                $0.keyKind = .public
                $0.tenantSigningKey = Secret(emulator.signingKeyBase64)
            })
        let connectors = try await client.listLinkedConnectors(tenant: acme)
        #expect(connectors.count >= 3)
        let request = try #require(await emulator.requests().last)
        #expect(request.status == 200)
        #expect(request.query["token"] != nil)
        await client.shutdown()
        try await emulator.shutdown()
    }

    @Test func aPublicKeyWithoutASigningKeySaysWhatIsMissing() async throws {
        let emulator = try await HotglueEmulatorServer.start(testSettings())
        let client = HotglueClient(
            configuration: clientConfiguration(for: emulator) {
                $0.apiKey = Secret(emulator.settings.publicAPIKey)
                $0.keyKind = .public
            })
        let error = await expectAPIError { () async throws(APIError) in
            try await client.listLinkedConnectors(tenant: acme)
        }
        #expect(error?.category == .auth)
        #expect(error?.message.contains("signing key") == true)
        #expect(await emulator.requests().isEmpty)  // nothing sent
        await client.shutdown()
        try await emulator.shutdown()
    }

    @Test func tokensAreCachedAndRenewedBeforeExpiry() async throws {
        let emulator = try await HotglueEmulatorServer.start(testSettings())
        let now = ManualDate(Date(timeIntervalSince1970: 1_714_521_600))
        let signer = try await TenantTokenSigner(
            signingKey: Secret(emulator.signingKeyBase64), renewBefore: .seconds(300), now: { now.value })
        let first = try await signer.token(for: acme)
        let claims = try decodeClaims(first)
        #expect(claims["sub"] as? String == "acme")
        let iat = try #require(claims["iat"] as? Double)
        let exp = try #require(claims["exp"] as? Double)
        #expect(iat == 1_714_521_600)
        #expect(exp == iat + 3600)
        #expect(try decodeHeader(first)["alg"] as? String == "RS256")

        now.advance(by: 3000)  // 10 minutes left: still cached
        #expect(try await signer.token(for: acme) == first)
        #expect(try await signer.token(for: "globex") != first)
        now.advance(by: 400)  // under 5 minutes left: renewed
        let renewed = try await signer.token(for: acme)
        #expect(renewed != first)
        #expect(try decodeClaims(renewed)["iat"] as? Double == 1_714_521_600 + 3400)
        try await emulator.shutdown()
    }

    @Test func aBadSigningKeyIsAnAuthError() async {
        do {
            _ = try await TenantTokenSigner(signingKey: Secret("bm90IGEga2V5"))
            Issue.record("expected an error")
        } catch {
            #expect(error.category == .auth)
            #expect(error.message.contains("signing key"))
        }
    }

    private func decodeClaims(_ token: String) throws -> [String: Any] {
        try decodeSegment(token, 1)
    }

    private func decodeHeader(_ token: String) throws -> [String: Any] {
        try decodeSegment(token, 0)
    }

    private func decodeSegment(_ token: String, _ index: Int) throws -> [String: Any] {
        let parts = token.split(separator: ".")
        try #require(parts.count == 3)
        var base64 = parts[index].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        let data = try #require(Data(base64Encoded: base64))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

/// A date that only moves when a test says so.
final class ManualDate: Sendable {
    private let storage: LockedValue<Date>
    init(_ date: Date) { storage = LockedValue(date) }
    var value: Date { storage.withLock { $0 } }
    func advance(by seconds: TimeInterval) { storage.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
