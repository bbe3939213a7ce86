import struct Foundation.Date
import HotglueModels

/// What the status line says about the conversation with the API: retries in progress, request rate, and the
/// last error in words an operator can act on.
public struct ActivityStatus: Hashable, Sendable {
    public struct Retry: Hashable, Sendable {
        public var operation: String
        public var attempt: Int
        public var maxAttempts: Int
        public var delaySeconds: Double
        public var reason: String

        public init(operation: String, attempt: Int, maxAttempts: Int, delaySeconds: Double, reason: String) {
            self.operation = operation
            self.attempt = attempt
            self.maxAttempts = maxAttempts
            self.delaySeconds = delaySeconds
            self.reason = reason
        }
    }

    public var requestsPerMinute = 0
    public var retries: [Retry] = []
    public var lastError: String?
    public var lastErrorAt: Date?
    /// A passing note ("theme mono", "refreshing") shown until the next key.
    public var notice: String?

    public init() {}
}
