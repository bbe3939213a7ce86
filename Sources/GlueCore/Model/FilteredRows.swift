/// A list and the rows a filter lets through. The filtered rows and the lower-cased search text are kept, and
/// recomputed only when the items or the filter change, so moving the selection in 10,000 filtered rows does not
/// filter them again on every key.
public struct FilteredRows<Item: Hashable & Sendable>: Hashable, Sendable {
    public private(set) var items: [Item] = []
    public private(set) var visible: [Item] = []
    private var searchKeys: [String] = []
    private var filter = ""

    public init() {}

    public mutating func setItems(_ items: [Item], searchText: (Item) -> String) {
        self.items = items
        searchKeys = items.map { searchText($0).lowercased() }
        refilter()
    }

    public mutating func setFilter(_ filter: String) {
        guard filter != self.filter else { return }
        self.filter = filter
        refilter()
    }

    private mutating func refilter() {
        guard !filter.isEmpty else {
            visible = items
            return
        }
        let needle = filter.lowercased()
        visible = items.indices.filter { searchKeys[$0].contains(needle) }.map { items[$0] }
    }
}
