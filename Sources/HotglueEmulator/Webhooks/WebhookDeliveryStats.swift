/// What the emulator's webhook sender has done since it started.
public struct WebhookDeliveryStats: Sendable, Hashable {
    /// Events the world queued.
    public var queued = 0
    /// Queued events lost because the backlog was full.
    public var droppedBacklog = 0
    /// HTTP deliveries answered 2xx (a duplicated event counts twice).
    public var delivered = 0
    /// HTTP deliveries answered otherwise, by status.
    public var answeredNon2xx: [Int: Int] = [:]
    /// HTTP deliveries that got no answer (refused connection, timeout).
    public var failed = 0
    /// Faults applied, by `WebhookFault.name`.
    public var faults: [String: Int] = [:]

    public init() {}

    /// Events taken off the queue and dealt with (sent, or dropped by a fault); the rest are still waiting.
    public var handled = 0

    public var waiting: Int { queued - droppedBacklog - handled }
}
