/// A list and the rows a filter lets through, kept so that no key filters more than it must: moving the selection
/// filters nothing; typing one more character searches only the rows that matched before; Backspace goes back to
/// a result already found (each filter typed on the way is remembered, while it stays a prefix of the chain).
/// Two lists are equal when their items and filter are: the rest follows from them.
public struct FilteredRows<Item: Hashable & Sendable>: Hashable, Sendable {
    public private(set) var items: [Item] = []
    public private(set) var visible: [Item] = []
    private var searchKeys = SearchKeys()
    private var filter = ""
    /// The filters typed on the way to this one, each narrowing the one before, with what each let through; the
    /// last is the current filter. Empty when there is no filter.
    private var steps: [Step] = []

    private struct Step: Sendable {
        var needle: String
        var indices: [Int]
        var visible: [Item]
    }

    /// Deep enough for any filter typed by hand; a longer chain keeps its newest steps.
    private static var maximumSteps: Int { 64 }

    public init() {}

    public static func == (lhs: FilteredRows, rhs: FilteredRows) -> Bool {
        lhs.filter == rhs.filter && lhs.items == rhs.items
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(filter)
        hasher.combine(items)
    }

    public mutating func setItems(_ items: [Item], searchText: (Item) -> String) {
        self.items = items
        searchKeys = SearchKeys(items.lazy.map(searchText))
        steps = []
        apply(filter)
    }

    public mutating func setFilter(_ filter: String) {
        guard filter != self.filter else { return }
        self.filter = filter
        apply(filter)
    }

    private mutating func apply(_ filter: String) {
        let needle = filter.lowercased()
        guard !needle.isEmpty else {
            steps = []
            visible = items
            return
        }
        // Back to a filter already found (Backspace), or on from the longest one this filter narrows.
        if let index = steps.lastIndex(where: { $0.needle == needle }) {
            steps.removeSubrange((index + 1)...)
            visible = steps[index].visible
            return
        }
        let base = steps.lastIndex { needle.contains($0.needle) }
        let indices = base.map { searchKeys.rows(among: steps[$0].indices, containing: needle) }
            ?? searchKeys.rows(among: items.indices, containing: needle)
        steps.removeSubrange(((base ?? -1) + 1)...)
        visible = indices.map { items[$0] }
        steps.append(Step(needle: needle, indices: indices, visible: visible))
        if steps.count > Self.maximumSteps { steps.removeFirst(steps.count - Self.maximumSteps) }
    }
}
