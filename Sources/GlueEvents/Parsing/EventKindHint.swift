/// What a webhook says it is, when it says so: the `event` (or `type`, `event_type`, `kind`, `topic`) field of the
/// guessed discover and connection shapes. Job events are the bare job details object and carry none.
enum EventKindHint: Equatable {
    case job
    case discover
    case connection(ConnectionChangeHint?)
    /// A name that is none of the three (`"invoice.paid"`): the body is not one of Hotglue's events.
    case other(String)

    static let keys = ["event", "type", "event_type", "kind", "topic"]

    /// nil when no key names a kind.
    init?(_ fields: EventFields) {
        guard let name = Self.keys.lazy.compactMap({ fields.text($0) }).first else { return nil }
        let lower = name.lowercased()
        if lower.contains("discover") {
            self = .discover
        } else if lower.contains("connect") || lower.contains("link") {
            self = .connection(ConnectionChangeHint(lower))
        } else if lower.contains("job") {
            self = .job
        } else {
            self = .other(name)
        }
    }
}

/// A connection's change read from a word: `linked`/`link`/`connected`/`created`/`added` or
/// `unlinked`/`unlink`/`disconnected`/`deleted`/`removed`, alone or at the end of a dotted name
/// (`connector.unlinked`, `connection_deleted`).
enum ConnectionChangeHint: Equatable {
    case linked
    case unlinked

    init?(_ text: String) {
        let lower = text.lowercased()
        let removing = ["unlink", "disconnect", "delete", "remove"]
        let adding = ["link", "connected", "create", "add"]
        if removing.contains(where: lower.contains) {
            self = .unlinked
        } else if adding.contains(where: lower.contains) {
            self = .linked
        } else {
            return nil
        }
    }
}
