/// `:journal`: the journal's entries, newest first, with the selected one's details.
public struct JournalOverlay: Hashable, Sendable {
    /// Setting it orders the rows once, here, rather than on every frame.
    public var listing: JournalListing? {
        didSet { rows = (listing?.entries ?? []).reversed() }
    }
    public var error: String?
    public var list = ListState()
    /// Newest first: the last change is what an operator looks for.
    public private(set) var rows: [JournalEntry] = []

    public init() {}

    public var selected: JournalEntry? {
        rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }
}
