/// A misdelivery of one webhook, as a flaky sender or network would make it.
public enum WebhookFault: Sendable, Hashable {
    /// Delivered twice in a row (Hotglue's payloads carry no id: the receiver must de-duplicate).
    case duplicate
    /// Held back and delivered after the next one.
    case reorder
    /// Delivered after this long (wall time), while later ones go ahead.
    case delay(Duration)
    /// Never delivered.
    case drop
    /// Delivered with a signature that does not match the body.
    case missign

    /// How stats and `--webhook-faults` name it.
    public var name: String {
        switch self {
        case .duplicate: "duplicate"
        case .reorder: "reorder"
        case .delay: "delay"
        case .drop: "drop"
        case .missign: "missign"
        }
    }
}

/// One delivery fault with the deliveries it applies to.
public struct WebhookFaultRule: Sendable, Hashable {
    public var fault: WebhookFault
    /// nil: every kind of event.
    public var kind: WebhookKind?
    /// nil: every matching delivery; n: the next n.
    public var times: Int?
    /// Decided by the emulator's seeded dice, so runs repeat.
    public var probability: Double

    public init(_ fault: WebhookFault, kind: WebhookKind? = nil, times: Int? = nil, probability: Double = 1) {
        self.fault = fault
        self.kind = kind
        self.times = times
        self.probability = probability
    }
}

/// What happens to one delivery: every matching rule applies (a duplicate can also be mis-signed); a drop wins.
struct WebhookFaultDecision: Sendable, Hashable {
    var drop = false
    var duplicate = false
    var reorder = false
    var delay: Duration = .zero
    var missign = false
}
