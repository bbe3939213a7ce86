import GlueCore
import HotglueModels

/// What one poll of a subscription produced: the message for `update`, where to continue (the job log's offset),
/// and the error if it failed, for the poller's back-off.
public struct PollOutcome: Sendable {
    public var message: Msg?
    public var cursor: Int
    public var error: APIError?

    public init(message: Msg?, cursor: Int = 0, error: APIError? = nil) {
        self.message = message
        self.cursor = cursor
        self.error = error
    }
}

/// Loads what a subscription is about. The Hotglue client implements it; tests can script it.
public protocol DashboardDataSource: Sendable {
    /// `cursor` is what the previous poll of the same subscription returned (0 at first).
    func poll(_ subscription: Subscription, cursor: Int) async -> PollOutcome
}
