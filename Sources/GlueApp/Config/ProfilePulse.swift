import GlueCore

/// A profile's `pulse:` and `start:`: how fast the pulse may check tenants without webhooks, and which screen
/// opens first.
/// ```yaml
/// pulse: {requests_per_second: 1}     # the pulse's sweep of tenants' job lists on the pulse (default 1; at
///                                     # most 10); half of it on the panes, an eighth while webhooks arrive
/// start: pulse                        # or dashboard (the default)
/// ```
public struct ProfilePulse: Hashable, Sendable {
    public var requestsPerSecond: Double

    public static let maximumRequestsPerSecond = 10.0

    public init(requestsPerSecond: Double = 1 / PulsePane.defaultSecondsPerCheck) {
        self.requestsPerSecond = requestsPerSecond
    }

    public var secondsPerCheck: Double { 1 / requestsPerSecond }
}
