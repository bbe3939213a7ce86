import Foundation

/// When and how long to wait before sending a failed request again.
///
/// - Retried: 423, 429 and 5xx (not 501/505), transport failures, and answers cut short.
/// - Only GET, PUT and DELETE are retried after a failure that may have reached the server. POST (run a job, link
///   a connector) and PATCH are sent again only when nothing of them was carried out: the connection was refused
///   before anything was sent, or the server answered 429 (it turned the request away unread, and says when to
///   come back). A second job run is worse than an error the operator can retry by hand.
/// - The wait is exponential with full jitter (uniform in [0, min(maxDelay, baseDelay · 2^(retry−1))]), unless the
///   server sent `Retry-After`, which is honoured exactly (both forms).
/// - At most `maxAttempts` tries in all, and at most `maxTotalWait` spent waiting; a wait that would pass that
///   budget is not started (the error, with its advised wait, goes to the caller instead).
public struct RetryPolicy: Sendable {
    /// Tries in all, the first included. Hotglue's own client allows 8; we stop at 6 so an operator hears sooner.
    public var maxAttempts: Int
    public var baseDelay: Duration
    /// Cap of one computed backoff window (a server's `Retry-After` may ask for more).
    public var maxDelay: Duration
    /// Cap of all waits of one call together.
    public var maxTotalWait: Duration
    public var jitter: JitterSource
    /// The current date, for `Retry-After` HTTP-dates.
    public var currentDate: @Sendable () -> Date

    public init(
        maxAttempts: Int = 6, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8),
        maxTotalWait: Duration = .seconds(30), jitter: JitterSource = .system,
        currentDate: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxTotalWait = maxTotalWait
        self.jitter = jitter
        self.currentDate = currentDate
    }

    public static let standard = RetryPolicy()

    /// One try, no retries.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The statuses worth another try: 423 Locked, 429 Too Many Requests, and 5xx but 501 and 505.
    public static func isRetryableStatus(_ status: Int) -> Bool {
        status == 423 || status == 429 || ((500...599).contains(status) && status != 501 && status != 505)
    }

    /// The jittered wait before retry number `retry` (1 for the first retry).
    public func backoff(beforeRetry retry: Int) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let window = min(maxDelay, baseDelay * (1 << exponent))
        return window * jitter.unitValue()
    }

    /// What to do after try number `attempt` failed with `failure`, having waited `waited` so far.
    public func decision(
        method: HTTPMethod, failure: RetryableFailure, attempt: Int, waited: Duration, retryAfter: Duration?
    ) -> RetryDecision {
        guard attempt < maxAttempts else { return .giveUp }
        switch failure {
        case .notSent:
            break
        case .status(429):
            break
        case .status(let status):
            guard Self.isRetryableStatus(status), method.isIdempotent else { return .giveUp }
        case .interrupted:
            guard method.isIdempotent else { return .giveUp }
        case .final:
            return .giveUp
        }
        let delay = retryAfter ?? backoff(beforeRetry: attempt)
        guard waited + delay <= maxTotalWait else { return .giveUp }
        return .retry(after: delay)
    }
}

/// How a try failed, as far as retrying is concerned.
public enum RetryableFailure: Sendable, Hashable {
    /// An HTTP error status.
    case status(Int)
    /// Nothing reached the server (connection refused).
    case notSent
    /// The request may have reached the server (connection lost, timeout, answer cut short).
    case interrupted
    /// Not worth another try (an unreadable answer, a request that cannot be built).
    case final
}

public enum RetryDecision: Sendable, Hashable {
    case retry(after: Duration)
    case giveUp
}
