/// A table of rows with a header, a selection bar and a marker column (`▸` on the selected row, so selection shows
/// without colour). Asks for the cells of the rows on screen only, so a 10,000-row list costs what 40 rows cost.
struct Table: Widget {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var minWidth: Int
        var maxWidth: Int
        var alignment: Alignment = .left
        /// Higher stays longer when the pane is too narrow for every column.
        var priority: Int = 0
        /// False for values a cut would falsify (statuses, counts, times): such a column is dropped whole rather
        /// than shown truncated.
        var shrinks = true
    }

    struct Cell {
        var text: String
        /// nil: the theme's text style.
        var style: Style?
        init(_ text: String, _ style: Style? = nil) {
            self.text = text
            self.style = style
        }
    }

    var columns: [Column]
    var showsHeader = true
    var rowCount: Int
    var list: ListState
    var focused: Bool
    /// Filter text to highlight in the cells.
    var highlight: String = ""
    var cells: (Int) -> [Cell]

    static let marker = "▸"

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        guard rect.width > 1, rect.height > 0 else { return }
        let headerRows = showsHeader ? 1 : 0
        let window = ListWindow(list: list, total: rowCount, rows: rect.height - headerRows)
        let rows = window.indices.map { (index: $0, cells: cells($0)) }
        let (widths, gap) = fitWidths(rows.map(\.cells), available: rect.width - 1)
        if showsHeader {
            drawCells(columns.map { Cell($0.title, theme.header) }, widths: widths, gap: gap, frame: &frame,
                      x: rect.x + 1, y: rect.y, clip: rect, theme: theme, matcher: nil)
        }
        let matcher = highlight.isEmpty ? nil : TextMatcher(highlight)
        for (offset, row) in rows.enumerated() {
            let y = rect.y + headerRows + offset
            let isSelected = row.index == window.selected
            drawCells(row.cells, widths: widths, gap: gap, frame: &frame, x: rect.x + 1, y: y, clip: rect,
                      theme: theme, matcher: matcher, selection: isSelected ? selectionStyle(theme) : nil)
            if isSelected {
                frame.put(Self.marker, x: rect.x, y: y, style: theme.text.patched(by: selectionStyle(theme)), clip: rect)
            }
        }
    }

    private func selectionStyle(_ theme: Theme) -> Style {
        focused ? theme.selection : theme.selectionUnfocused
    }

    /// Column widths and the space between columns.
    private func fitWidths(_ rows: [[Cell]], available: Int) -> ([Int], Int) {
        let fitted = columns.indices.map { index -> ColumnFitter.Column in
            let column = columns[index]
            var natural = showsHeader ? DisplayWidth.of(column.title) : 0
            for row in rows where index < row.count {
                natural = max(natural, DisplayWidth.of(row[index].text))
            }
            let minWidth = column.shrinks ? column.minWidth : max(column.minWidth, min(natural, column.maxWidth))
            return ColumnFitter.Column(natural: natural, minWidth: minWidth, maxWidth: column.maxWidth,
                                       priority: column.priority)
        }
        // Two columns of space between columns when everything fits that way, else one, before anything shrinks.
        let natural = fitted.map { min(max($0.natural, $0.minWidth), max($0.minWidth, $0.maxWidth)) }
        if natural.reduce(0, +) + 2 * max(0, natural.count - 1) <= available {
            return (ColumnFitter.expanded(natural, fitted, available: available, gap: 2), 2)
        }
        let widths = ColumnFitter.widths(fitted, available: available, gap: 1)
        let shown = widths.filter { $0 > 0 }.count
        // Columns dropped may have left room for the wider spacing again.
        let gap = widths.reduce(0, +) + 2 * max(0, shown - 1) <= available ? 2 : 1
        return (ColumnFitter.expanded(widths, fitted, available: available, gap: gap), gap)
    }

    private func drawCells(_ cells: [Cell], widths: [Int], gap: Int, frame: inout Frame, x: Int, y: Int, clip: Rect,
                           theme: Theme, matcher: TextMatcher?, selection: Style? = nil) {
        if let selection {
            frame.restyle(Rect(x: clip.x, y: y, width: clip.width, height: 1)) { $0.patched(by: selection) }
        }
        var column = x
        for index in columns.indices where widths[index] > 0 {
            let width = widths[index]
            let cell = index < cells.count ? cells[index] : Cell("")
            var style = cell.style ?? theme.text
            if let selection { style = style.patched(by: selection) }
            let textWidth = min(DisplayWidth.of(cell.text), width)
            let start = columns[index].alignment == .right ? column + width - textWidth : column
            let written = frame.putFitted(cell.text, x: start, y: y, width: width, style: style, clip: clip)
            if let matcher {
                let shownWidth = written < DisplayWidth.of(cell.text) ? written - 1 : written
                frame.highlight(matcher.columns(in: cell.text), x: start, y: y, width: shownWidth, style: theme.match)
            }
            column += width + gap
        }
    }
}
