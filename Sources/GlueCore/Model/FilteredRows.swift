/// A list and the rows a filter lets through. The filtered rows and the lower-cased search text are kept, and
/// recomputed only when the items or the filter change, so moving the selection in 10,000 filtered rows does not
/// filter them again on every key.
public struct FilteredRows<Item: Hashable & Sendable>: Hashable, Sendable {
    public private(set) var items: [Item] = []
    public private(set) var visible: [Item] = []
    private var searchKeys: [String] = []
    private var filter = ""
    /// Indices into `items` of `visible`; a filter that only grew searches these instead of every item.
    private var visibleIndices: [Int] = []

    public init() {}

    public mutating func setItems(_ items: [Item], searchText: (Item) -> String) {
        self.items = items
        searchKeys = items.map { searchText($0).lowercased() }
        refilter(within: nil)
    }

    public mutating func setFilter(_ filter: String) {
        guard filter != self.filter else { return }
        // Typing one more character: whatever matches the longer text matched the shorter one too.
        let narrowing = !self.filter.isEmpty && filter.lowercased().contains(self.filter.lowercased())
        self.filter = filter
        refilter(within: narrowing ? visibleIndices : nil)
    }

    private mutating func refilter(within candidates: [Int]?) {
        guard !filter.isEmpty else {
            visible = items
            visibleIndices = Array(items.indices)
            return
        }
        let needle = filter.lowercased()
        visibleIndices = (candidates ?? Array(items.indices)).filter { searchKeys[$0].contains(needle) }
        visible = visibleIndices.map { items[$0] }
    }
}
