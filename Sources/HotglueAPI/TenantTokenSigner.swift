import Foundation
import HotglueModels
import JWTKit

/// Signs tenant tokens for public-key access: RS256 JWTs with `sub` = tenant, `iat`, `exp` = `iat` + 1 hour
/// [doc], signed with the environment's private key (base64 of a PEM, as Hotglue hands it out; a bare PEM is
/// accepted too). Tokens are cached per tenant and renewed `renewBefore` ahead of expiry, so a long-running
/// dashboard never sends one that is about to lapse.
public actor TenantTokenSigner {
    public static let lifetime: TimeInterval = 3600

    private let keys: JWTKeyCollection
    private let renewBefore: TimeInterval
    private let now: @Sendable () -> Date
    private var cache: [TenantID: CachedToken] = [:]

    private struct CachedToken {
        let token: String
        let expires: Date
    }

    /// Throws an `.auth` `APIError` naming the problem when the key cannot be read; never quotes the key.
    public init(
        signingKey: Secret, renewBefore: Duration = .seconds(300), now: @escaping @Sendable () -> Date = { Date() }
    ) async throws(APIError) {
        let pem = try Self.pemText(from: signingKey)
        let privateKey: Insecure.RSA.PrivateKey
        do {
            privateKey = try Insecure.RSA.PrivateKey(pem: pem)
        } catch {
            throw Self.keyError("the tenant signing key is not an RSA private key in PEM form")
        }
        keys = JWTKeyCollection()
        await keys.add(rsa: privateKey, digestAlgorithm: .sha256)
        self.renewBefore = TimeInterval(renewBefore.components.seconds)
        self.now = now
    }

    /// A valid token for `tenant`, from the cache when it has more than `renewBefore` left.
    public func token(for tenant: TenantID) async throws(APIError) -> String {
        let current = now()
        if let cached = cache[tenant], cached.expires.timeIntervalSince(current) > renewBefore {
            return cached.token
        }
        // Whole seconds: verifiers differ on fractional NumericDates.
        let issued = Date(timeIntervalSince1970: current.timeIntervalSince1970.rounded(.down))
        let expires = issued.addingTimeInterval(Self.lifetime)
        let claims = TenantClaims(
            sub: SubjectClaim(value: tenant.rawValue), iat: IssuedAtClaim(value: issued),
            exp: ExpirationClaim(value: expires))
        let token: String
        do {
            token = try await keys.sign(claims)
        } catch {
            throw Self.keyError("signing a tenant token failed")
        }
        cache[tenant] = CachedToken(token: token, expires: expires)
        return token
    }

    /// Forgets cached tokens (after the signing key changed, or a 401 on a token).
    public func clearCache() {
        cache.removeAll()
    }

    private static func pemText(from secret: Secret) throws(APIError) -> String {
        let text = secret.reveal().trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("-----BEGIN") { return text }
        let compact = text.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact), let pem = String(data: data, encoding: .utf8),
            pem.contains("-----BEGIN")
        else {
            throw keyError("the tenant signing key is not base64-encoded PEM")
        }
        return pem
    }

    private static func keyError(_ summary: String) -> APIError {
        APIError(category: .auth, summary: summary, hint: "check the signing key for this profile")
    }
}

/// The claims of a tenant token.
struct TenantClaims: JWTPayload {
    var sub: SubjectClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }
}
