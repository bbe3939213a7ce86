import HotglueModels

/// A retry the client has scheduled: what failed, which try comes next, and after how long. The UI shows
/// `summary` ("retry 2/6 in 1.5 s") in its status line.
public struct RetryEvent: Sendable, Hashable {
    public var operation: String
    public var method: HTTPMethod
    /// The try about to be made (2 for the first retry).
    public var nextAttempt: Int
    public var maxAttempts: Int
    public var delay: Duration
    /// True when the delay is the server's `Retry-After`.
    public var delayAdvisedByServer: Bool
    /// Why the previous try failed.
    public var error: APIError

    public init(
        operation: String, method: HTTPMethod, nextAttempt: Int, maxAttempts: Int, delay: Duration,
        delayAdvisedByServer: Bool, error: APIError
    ) {
        self.operation = operation
        self.method = method
        self.nextAttempt = nextAttempt
        self.maxAttempts = maxAttempts
        self.delay = delay
        self.delayAdvisedByServer = delayAdvisedByServer
        self.error = error
    }

    /// "retry 2/6 in 1.5 s"
    public var summary: String {
        "retry \(nextAttempt)/\(maxAttempts) in \(DurationText.short(delay))"
    }
}

enum DurationText {
    /// "1.5 s", "2 s", "250 ms".
    static func short(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        let tenths = (milliseconds % 1000) / 100
        return tenths == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds / 1000).\(tenths) s"
    }
}
