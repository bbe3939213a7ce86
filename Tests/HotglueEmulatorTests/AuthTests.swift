import Foundation
import HotglueEmulator
import JWTKit
import LosslessJSON
import Testing

@Suite("API key and tenant token checks")
struct AuthTests {
    @Test("a missing x-api-key is 401 UnauthorizedError \"Invalid x-api-key\"")
    func missingKey() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.withKey(nil).get(client.v2("acme", "/linkedConnectors"))
            #expect(answer.status == 401)
            #expect(answer.body == #"{"Code":"UnauthorizedError","Message":"Invalid x-api-key"}"#)
        }
    }

    @Test("a wrong x-api-key is 401 on every kind of endpoint")
    func wrongKey() async throws {
        try await withEmulator { (_, client) async throws in
            let wrong = client.withKey("not-the-key")
            for path in [client.v2("acme", "/linkedConnectors"), "/tenants/\(client.env)", client.plain("acme", "/jobs")] {
                let answer = try await wrong.get(path)
                #expect(answer.status == 401, "\(path)")
                #expect(answer.chalice.code == "UnauthorizedError")
                #expect(answer.chalice.message == "Invalid x-api-key")
            }
        }
    }

    @Test("the public key may not call the admin endpoints")
    func publicKeyOnAdminEndpoint() async throws {
        try await withEmulator { (emulator, client) async throws in
            let answer = try await client.withKey(emulator.settings.publicAPIKey).get("/tenants/\(client.env)")
            #expect(answer.status == 403)
            #expect(answer.chalice.code == "ForbiddenError")
        }
    }

    @Test("the secret key needs no tenant token")
    func secretKeyNoToken() async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.get(client.v2("acme", "/linkedConnectors"))
            #expect(answer.status == 200)
        }
    }

    @Test("with the public key, GET linkedConnectors accepts a valid tenant token")
    func validToken() async throws {
        try await withEmulator { (emulator, client) async throws in
            let token = try await TenantToken.sign(sub: "acme", issuedAt: testStart, emulator: emulator)
            let answer = try await client.withKey(emulator.settings.publicAPIKey)
                .get(client.v2("acme", "/linkedConnectors?token=\(token)"))
            #expect(answer.status == 200)
            #expect(try answer.json.arrayValue?.count ?? 0 >= 3)
        }
    }

    @Test("with the public key, tokens that are missing, for another tenant, expired or forged are 401")
    func invalidTokens() async throws {
        try await withEmulator { (emulator, client) async throws in
            let publicClient = client.withKey(emulator.settings.publicAPIKey)
            let path = client.v2("acme", "/linkedConnectors")
            let otherTenant = try await TenantToken.sign(sub: "globex", issuedAt: testStart, emulator: emulator)
            let expired = try await TenantToken.sign(sub: "acme", issuedAt: testStart.addingTimeInterval(-7200), emulator: emulator)
            let forged = try await TenantToken.signWithForeignKey(sub: "acme", issuedAt: testStart)
            let cases: [(String, String)] = [
                (path, "A tenant token is required with a public API key"),
                (path + "?token=\(otherTenant)", "Tenant token is not valid for tenant acme"),
                (path + "?token=\(expired)", "Tenant token has expired"),
                (path + "?token=\(forged)", "Invalid tenant token"),
                (path + "?token=not.a.jwt", "Invalid tenant token"),
            ]
            for (url, message) in cases {
                let answer = try await publicClient.get(url)
                #expect(answer.status == 401, "\(message)")
                #expect(answer.chalice.code == "UnauthorizedError")
                #expect(answer.chalice.message == message)
            }
        }
    }

    @Test("a token expires by the emulator's clock")
    func expiryFollowsClock() async throws {
        try await withEmulator { (emulator, client) async throws in
            let token = try await TenantToken.sign(sub: "acme", issuedAt: testStart, emulator: emulator)
            let publicClient = client.withKey(emulator.settings.publicAPIKey)
            let path = client.v2("acme", "/linkedConnectors?token=\(token)")
            #expect(try await publicClient.get(path).status == 200)
            emulator.settings.clock.advance(by: .seconds(3601))
            #expect(try await publicClient.get(path).status == 401)
        }
    }
}

/// Signs tenant tokens as a Hotglue customer's backend would, with the key the emulator hands out.
enum TenantToken {
    struct Claims: JWTPayload {
        var sub: SubjectClaim
        var iat: IssuedAtClaim
        var exp: ExpirationClaim
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    static func sign(sub: String, issuedAt: Date, emulator: RunningEmulator) async throws -> String {
        let pemData = try #require(Data(base64Encoded: emulator.signingKeyBase64))
        let pem = try #require(String(data: pemData, encoding: .utf8))
        return try await sign(sub: sub, issuedAt: issuedAt, key: Insecure.RSA.PrivateKey(pem: pem))
    }

    /// Signed with a fresh key the emulator does not know.
    static func signWithForeignKey(sub: String, issuedAt: Date) async throws -> String {
        try await sign(sub: sub, issuedAt: issuedAt, key: Insecure.RSA.PrivateKey(pem: foreignKeyPEM))
    }

    private static func sign(sub: String, issuedAt: Date, key: Insecure.RSA.PrivateKey) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(rsa: key, digestAlgorithm: .sha256)
        let claims = Claims(
            sub: .init(value: sub), iat: .init(value: issuedAt), exp: .init(value: issuedAt.addingTimeInterval(3600)))
        return try await keys.sign(claims)
    }
}
