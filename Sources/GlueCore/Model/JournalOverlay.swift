import HotglueModels
import LosslessJSON

/// `:journal`: the journal's entries, newest first, with the selected one's details.
public struct JournalOverlay: Hashable, Sendable {
    /// Setting it orders the rows once, here, rather than on every frame.
    public var listing: JournalListing? {
        didSet { rows = (listing?.entries ?? []).reversed() }
    }
    public var error: String?
    public var list = ListState() {
        didSet { if list.selected != oldValue.selected { revealed = nil } }
    }
    /// Newest first: the last change is what an operator looks for.
    public private(set) var rows: [JournalEntry] = []
    /// The one secret of the selected entry shown unmasked (`v` steps through them); nil: all masked.
    public var revealed: JournalSecret?

    public init() {}

    public var selected: JournalEntry? {
        rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }
}

/// A masked value of a journal entry's state: in the before or the after document, at a path.
public struct JournalSecret: Hashable, Sendable, CustomStringConvertible {
    public enum Side: String, Hashable, Sendable {
        case before, after
    }

    public var side: Side
    public var path: JSONPath

    public init(side: Side, path: JSONPath) {
        self.side = side
        self.path = path
    }

    public var description: String { "\(side.rawValue) \(path)" }

    /// Every value the same rule as the state pane masks in the entry, before's first, in document order.
    public static func all(in entry: JournalEntry) -> [JournalSecret] {
        let before = entry.before.map(SecretMasking.maskedPaths(in:)) ?? []
        let after = entry.after.map(SecretMasking.maskedPaths(in:)) ?? []
        return before.map { JournalSecret(side: .before, path: $0) } + after.map { JournalSecret(side: .after, path: $0) }
    }

    /// The paths to leave unmasked in `side`'s document.
    public static func revealing(_ secret: JournalSecret?, in side: Side) -> Set<JSONPath> {
        guard let secret, secret.side == side else { return [] }
        return [secret.path]
    }
}
