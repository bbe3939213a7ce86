import Foundation

/// Why an API call failed, in words an operator can act on at 3 a.m.: `message` is
/// "API key rejected (401) by prod.hg.example.com: check the key for this profile". Built from Chalice bodies
/// (`{"Code", "Message"}`), empty bodies, HTML pages (a short summary, never the page), transport failures and
/// undecodable answers. Never holds the API key or a token: server text is passed through `SecretMasking.maskText`,
/// and the client scrubs its own key out with `redacting(_:)` as a last guard.
public struct APIError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Category: Hashable, Sendable {
        case auth, forbidden, notFound, badRequest, conflict
        case rateLimited(retryAfter: Duration?)
        case server, transport, decoding, cancelled
        /// gluetop refused before sending anything (the journal could not be written, another change of the
        /// same connector is in flight, a job is running): nothing changed at Hotglue.
        case refused
    }

    public var category: Category
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// Chalice `Code` (`BadRequestError`), when the body had one.
    public var code: String?
    /// Chalice `Message` (or the HTML page's title, or the first line of a text body), secrets masked.
    public var serverMessage: String?
    /// What was being done, in words ("list linked connectors").
    public var operation: String?
    /// The API host the call went to.
    public var origin: String?
    /// What happened: "API key rejected (401) by prod.hg.example.com".
    public var summary: String
    /// What the operator can do: "check the key for this profile".
    public var hint: String?
    /// Whether trying the same call again may succeed (the client's retry policy also looks at the method).
    public var isRetryable: Bool
    /// `Retry-After` sent with a status other than 429 (a 503 or 423 may carry one).
    public var retryAfterHint: Duration?
    /// A change may have been applied although the call failed: the connection dropped after the request was
    /// sent, or an answer was cut short (on this or an earlier try). Its outcome is unknown, not failed.
    public var requestMayHaveArrived = false

    public init(
        category: Category, summary: String, hint: String? = nil, status: Int? = nil, code: String? = nil,
        serverMessage: String? = nil, operation: String? = nil, origin: String? = nil, isRetryable: Bool? = nil
    ) {
        self.category = category
        self.summary = summary
        self.hint = hint
        self.status = status
        self.code = code
        self.serverMessage = serverMessage
        self.operation = operation
        self.origin = origin
        self.isRetryable = isRetryable ?? category.isRetryableByDefault
    }

    /// The sentence for the status line: summary and hint.
    public var message: String {
        guard let hint, !hint.isEmpty else { return summary }
        return summary + ": " + hint
    }

    public var description: String { message }

    /// For logs: the operation, the message and the Chalice code.
    public var logDescription: String {
        var text = operation.map { "\($0): " } ?? ""
        text += message
        if let code { text += " [\(code)]" }
        return text
    }

    /// The advised wait of a 429 (or 423/503 with `Retry-After`).
    public var retryAfter: Duration? {
        if case .rateLimited(let retryAfter) = category { return retryAfter }
        return retryAfterHint
    }

    public var isCancellation: Bool { category == .cancelled }

    /// A change that failed so may still have been carried out: it was sent and no readable answer came (the
    /// connection dropped after sending, the answer was cut short or unreadable, the call was cancelled on its
    /// way), on this try or an earlier one. Its outcome is unknown, not failed; one gluetop refused is neither.
    public var leavesResultUnknown: Bool {
        switch category {
        case .refused: return false
        case .decoding, .cancelled: return true
        default: return requestMayHaveArrived
        }
    }

    /// This error with every occurrence of `secret` (the API key, a token) replaced by the mask, in every text.
    public func redacting(_ secret: String) -> APIError {
        guard secret.count >= 4 else { return self }
        func scrub(_ text: String?) -> String? {
            text.map { $0.replacingOccurrences(of: secret, with: SecretMasking.mask) }
        }
        var copy = self
        copy.summary = scrub(summary) ?? ""
        copy.hint = scrub(hint)
        copy.serverMessage = scrub(serverMessage)
        copy.code = scrub(code)
        copy.operation = scrub(operation)
        copy.origin = scrub(origin)
        return copy
    }
}

extension APIError.Category {
    var isRetryableByDefault: Bool {
        switch self {
        case .rateLimited, .server, .transport: return true
        default: return false
        }
    }

    /// A short name for the category ("rate limited"), for tallies and filters.
    public var name: String {
        switch self {
        case .auth: return "auth"
        case .forbidden: return "forbidden"
        case .notFound: return "not found"
        case .badRequest: return "bad request"
        case .conflict: return "conflict"
        case .rateLimited: return "rate limited"
        case .server: return "server"
        case .transport: return "transport"
        case .decoding: return "decoding"
        case .cancelled: return "cancelled"
        case .refused: return "refused"
        }
    }
}
