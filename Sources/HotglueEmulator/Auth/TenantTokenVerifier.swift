import Foundation
import JWTKit

/// Verifies tenant tokens (RS256 JWTs with `sub`, `iat`, `exp`) the way the emulator guesses Hotglue does:
/// signed by the environment's key, `sub` equal to the tenant in the path, not expired by the emulator's clock.
struct TenantTokenVerifier: Sendable {
    private let keys: JWTKeyCollection
    private let clock: EmulatorClock

    init(publicKeyPEM: String, clock: EmulatorClock) async throws {
        let key = try Insecure.RSA.PublicKey(pem: publicKeyPEM)
        keys = JWTKeyCollection()
        await keys.add(rsa: key, digestAlgorithm: .sha256)
        self.clock = clock
    }

    /// Throws a 401 UnauthorizedError saying what is wrong (never echoing the token).
    func verify(_ token: String?, tenant: String) async throws {
        guard let token, !token.isEmpty else {
            throw ChaliceError.unauthorized("A tenant token is required with a public API key")
        }
        let claims: TenantTokenClaims
        do {
            claims = try await keys.verify(token, as: TenantTokenClaims.self)
        } catch {
            throw ChaliceError.unauthorized("Invalid tenant token")
        }
        guard claims.sub.value == tenant else {
            throw ChaliceError.unauthorized("Tenant token is not valid for tenant \(tenant)")
        }
        guard clock.now < claims.exp.value else {
            throw ChaliceError.unauthorized("Tenant token has expired")
        }
    }
}

/// The claims of a tenant token. Expiry is checked against the emulator's clock by the verifier, not here,
/// so a manual clock decides what "expired" means in tests.
struct TenantTokenClaims: JWTPayload {
    var sub: SubjectClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
