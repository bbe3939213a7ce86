/// Selection, scroll position and filter of a list pane. Indices are into the *visible* (filtered) rows.
public struct ListState: Hashable, Sendable {
    public var selected: Int = 0
    public var offset: Int = 0
    /// Text typed after `/`; rows not containing it (case-insensitively) are hidden.
    public var filter: String = ""

    public init() {}

    /// Keeps `selected` within `count` rows and the selection within a window of `visibleRows`.
    public mutating func clamp(count: Int, visibleRows: Int) {
        selected = count == 0 ? 0 : min(max(selected, 0), count - 1)
        let rows = max(1, visibleRows)
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = max(0, min(offset, max(0, count - rows)))
    }

    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        selected += delta
        clamp(count: count, visibleRows: visibleRows)
    }

    public mutating func moveToStart(count: Int, visibleRows: Int) {
        selected = 0
        clamp(count: count, visibleRows: visibleRows)
    }

    public mutating func moveToEnd(count: Int, visibleRows: Int) {
        selected = max(0, count - 1)
        clamp(count: count, visibleRows: visibleRows)
    }

    /// What `/` typed: the first match selected, scrolled to the top.
    public mutating func setFilter(_ text: String) {
        filter = text
        selected = 0
        offset = 0
    }

    /// Esc: clears the filter, if there is one (else Esc means something else).
    public mutating func clearFilter() -> Bool {
        guard !filter.isEmpty else { return false }
        filter = ""
        return true
    }
}
