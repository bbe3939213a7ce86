/// Why a webhook body was not read as a job, discover or connection event. `reason` names what was missing or
/// wrong ("a job event needs `status`"); it never quotes the body, which may carry a tenant's data.
public struct NotAnEvent: Error, Hashable, Sendable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { "not a Hotglue event: \(reason)" }
}
