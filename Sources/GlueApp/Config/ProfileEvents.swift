import Foundation
import GlueRelay

/// A profile's `events:`: the relay's PostgreSQL database, which the dashboard reads Hotglue's webhooks from
/// (`gluetop relay` writes them). Either a URL without a password (`postgres://gluetop@db.internal/gluetop`, for a
/// server that trusts the user) or a secret source holding the URL (`env:GLUETOP_EVENTS_URL`, `file:`, `command:`),
/// so a password never sits in the config file.
public enum ProfileEvents: Hashable, Sendable {
    case url(String)
    case secret(SecretSource)

    /// The database's address, the secret read now; the error names the profile and the field, never the URL's
    /// password.
    public func address(profile: String, resolver: SecretResolver) throws(ProfileError) -> DatabaseAddress {
        let text: String
        switch self {
        case .url(let url): text = url
        case .secret(let source):
            do {
                text = try resolver.resolve(source, profile: profile, field: "events").reveal()
            } catch {
                throw ProfileError(error.description)
            }
        }
        do {
            return try DatabaseAddress(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw ProfileError("profile \(profile): events \(error.description)", isConfigError: true)
        }
    }
}
