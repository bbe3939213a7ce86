import LosslessJSON

/// The three kinds of events Hotglue posts.
public enum WebhookKind: String, Sendable, Hashable, CaseIterable {
    case job
    case discover
    case connection
}

/// One event on its way to the receiver: its kind (for fault rules) and its body.
struct OutgoingWebhook: Sendable {
    let kind: WebhookKind
    let body: JSONValue
}
