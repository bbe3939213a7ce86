import Foundation
import HotglueModels

/// One row of `events`, read back.
public struct StoredEvent: Sendable, Hashable {
    /// Increasing: a reader remembers the last it handled and asks for the rows after it.
    public var id: Int64
    public var receivedAt: Date
    public var event: HotglueEvent

    public init(id: Int64, receivedAt: Date, event: HotglueEvent) {
        self.id = id
        self.receivedAt = receivedAt
        self.event = event
    }
}
