/// Which rows of a list are on screen: the list's own offset, re-fitted to the rows the pane really has (the model
/// is clamped by `update`, but a frame must never trust it to be in range).
struct ListWindow: Hashable, Sendable {
    var first: Int
    var count: Int
    var selected: Int?

    init(list: ListState, total: Int, rows: Int) {
        var fitted = list
        fitted.clamp(count: total, visibleRows: max(1, rows))
        first = fitted.offset
        count = max(0, min(rows, total - fitted.offset))
        selected = total == 0 ? nil : fitted.selected
    }

    var indices: Range<Int> { first..<(first + count) }
}
