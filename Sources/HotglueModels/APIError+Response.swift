extension APIError {
    /// The error for a non-2xx answer, with the sentence and hint an operator needs.
    public init(
        status: Int, body: [UInt8], contentType: String? = nil, retryAfter: Duration? = nil, origin: String,
        operation: String? = nil
    ) {
        self.init(status: status, errorBody: ErrorBody(bytes: body, contentType: contentType),
            retryAfter: retryAfter, origin: origin, operation: operation)
    }

    public init(status: Int, errorBody: ErrorBody, retryAfter: Duration?, origin: String, operation: String?) {
        let said = errorBody.message
        let saidSuffix = said.map { ": \($0)" } ?? ""
        let category: Category
        let summary: String
        var hint: String?
        var retryable: Bool?
        switch status {
        case 401:
            category = .auth
            if let said, said.lowercased().contains("token") {
                summary = "Tenant token rejected (401) by \(origin)\(saidSuffix)"
                hint = "check the signing key for this profile"
            } else {
                summary = "API key rejected (401) by \(origin)"
                hint = "check the key for this profile"
            }
        case 403:
            category = .forbidden
            summary = "Access denied (403) by \(origin)\(saidSuffix)"
            hint = "the key may not reach this environment, flow or tenant (a public key needs a tenant token)"
        case 404:
            category = .notFound
            summary = "Not found (404) at \(origin)\(saidSuffix)"
            hint = "check the environment, flow, tenant and connector ids"
        case 409:
            category = .conflict
            summary = "Conflict (409) at \(origin)\(saidSuffix)"
            hint = "another job or change may be in progress"
        case 423:
            category = .conflict
            summary = "Resource busy (423) at \(origin)\(saidSuffix)"
            hint = "retry shortly"
            retryable = true
        case 429:
            category = .rateLimited(retryAfter: retryAfter)
            summary = "Rate limited (429) by \(origin)"
            hint = retryAfter.map { "retry after \(Self.seconds($0))" } ?? "slow down and retry shortly"
        case 500...599:
            category = .server
            summary = "Server error (\(status)) at \(origin)\(saidSuffix)"
            hint = "the API is having trouble; try again shortly"
            // 501 and 505 say the request can never work.
            retryable = status != 501 && status != 505
        case 400...499:
            category = .badRequest
            summary = "Request rejected (\(status)) by \(origin)\(saidSuffix)"
        default:
            category = .server
            summary = "Unexpected answer (\(status)) from \(origin)\(saidSuffix)"
            retryable = false
        }
        self.init(
            category: category, summary: summary, hint: hint, status: status, code: errorBody.code,
            serverMessage: said, operation: operation, origin: origin, isRetryable: retryable)
        if status != 429 { retryAfterHint = retryAfter }
    }

    /// The server could not be reached, or the connection failed mid-answer.
    public static func transport(_ reason: String, origin: String, operation: String? = nil) -> APIError {
        APIError(
            category: .transport, summary: "Cannot reach \(origin): \(SecretMasking.maskText(reason))",
            hint: "check the network and the base URL", operation: operation, origin: origin)
    }

    /// The answer arrived but could not be read (malformed JSON, cut short, an unexpected shape).
    public static func decoding(_ reason: String, origin: String, operation: String? = nil, status: Int? = nil)
        -> APIError
    {
        let what = operation.map { " for \($0)" } ?? ""
        return APIError(
            category: .decoding, summary: "Unreadable answer from \(origin)\(what): \(SecretMasking.maskText(reason))",
            hint: "the API may have changed, or a proxy altered the answer", status: status, operation: operation,
            origin: origin)
    }

    public static func cancelled(origin: String? = nil, operation: String? = nil) -> APIError {
        APIError(category: .cancelled, summary: "Cancelled" + (operation.map { ": \($0)" } ?? ""),
            operation: operation, origin: origin)
    }

    /// "2 s", "1.5 s", "250 ms".
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(milliseconds / 1000).\(milliseconds % 1000 / 100) s"
    }
}
