import Crypto
import Foundation

/// `X-Hub-Signature`: the hex HMAC-SHA1 of the raw body under the shared secret, optionally written `sha1=<hex>`.
/// Computed and compared by swift-crypto (`HMAC<Insecure.SHA1>`, whose check runs in constant time).
public enum WebhookSignature {
    public static let headerName = "X-Hub-Signature"
    static let prefix = "sha1="

    /// What a sender puts in the header (bare hex, lower case).
    public static func hex(of body: [UInt8], secret: WebhookSecret) -> String {
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: body, using: SymmetricKey(data: secret.bytes))
        return Hex.encode(Array(code))
    }

    /// Checks a received header against the body. A header that is not 40 hex digits (after an optional `sha1=`)
    /// is `malformed`; only a well-formed one is compared.
    public static func check(header: String?, body: [UInt8], secret: WebhookSecret) -> SignatureCheck {
        guard let header else { return .missing }
        var text = Substring(header.trimmingASCIISpaces)
        if text.isEmpty { return .missing }
        if text.lowercased().hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        guard let received = Hex.decode(text), received.count == Insecure.SHA1.byteCount else { return .malformed }
        let valid = HMAC<Insecure.SHA1>.isValidAuthenticationCode(
            received, authenticating: body, using: SymmetricKey(data: secret.bytes))
        return valid ? .valid : .mismatch
    }
}

/// The outcome of checking `X-Hub-Signature`.
public enum SignatureCheck: Hashable, Sendable {
    case valid
    /// No header, or an empty one.
    case missing
    /// Not 40 hex digits (after an optional `sha1=`): another algorithm's prefix, or garbage.
    case malformed
    /// Well formed, and not the body's HMAC under this secret.
    case mismatch
}

extension String {
    var trimmingASCIISpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return String(view)
    }
}
