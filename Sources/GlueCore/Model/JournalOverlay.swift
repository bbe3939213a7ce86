/// `:journal`: the journal's entries, newest first, with the selected one's details.
public struct JournalOverlay: Hashable, Sendable {
    public var listing: JournalListing?
    public var error: String?
    public var list = ListState()

    public init() {}

    /// Newest first: the last change is what an operator looks for.
    public var rows: [JournalEntry] { (listing?.entries ?? []).reversed() }

    public var selected: JournalEntry? {
        let rows = rows
        return rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }
}
