/// Why a delivery was refused, and the HTTP status that says so.
public enum Refusal: Hashable, Sendable, CustomStringConvertible {
    /// A secret is set and the delivery has no `X-Hub-Signature`.
    case signatureMissing
    /// `X-Hub-Signature` is not 40 hex digits (after an optional `sha1=`).
    case signatureMalformed
    /// `X-Hub-Signature` is not the body's HMAC-SHA1 under the secret.
    case signatureMismatch
    /// The body is more than `limit` bytes.
    case tooLarge(limit: Int)
    /// The body is no job, discover or connection event.
    case notAnEvent(NotAnEvent)

    /// 401 for a signature, 413 for size, 400 for the body.
    public var httpStatus: Int {
        switch self {
        case .signatureMissing, .signatureMalformed, .signatureMismatch: 401
        case .tooLarge: 413
        case .notAnEvent: 400
        }
    }

    /// What the refusal is counted under.
    public var reason: RefusalReason {
        switch self {
        case .signatureMissing: .signatureMissing
        case .signatureMalformed: .signatureMalformed
        case .signatureMismatch: .signatureMismatch
        case .tooLarge: .tooLarge
        case .notAnEvent: .notAnEvent
        }
    }

    /// The answer's body: what was wrong, never the secret, the expected signature or the body.
    public var description: String {
        switch self {
        case .signatureMissing: "missing \(WebhookSignature.headerName) (a webhook secret is configured)"
        case .signatureMalformed: "\(WebhookSignature.headerName) is not a hex HMAC-SHA1 (40 hex digits, optionally after sha1=)"
        case .signatureMismatch: "\(WebhookSignature.headerName) does not match the body"
        case .tooLarge(let limit): "the body is larger than \(limit) bytes"
        case .notAnEvent(let error): error.description
        }
    }
}

/// The counters refusals are kept under.
public enum RefusalReason: String, Hashable, Sendable, CaseIterable, Comparable {
    case signatureMissing = "signature-missing"
    case signatureMalformed = "signature-malformed"
    case signatureMismatch = "signature-mismatch"
    case tooLarge = "too-large"
    case notAnEvent = "not-an-event"

    public static func < (lhs: RefusalReason, rhs: RefusalReason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
