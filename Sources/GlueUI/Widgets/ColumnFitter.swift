/// Column widths for a table: each column as wide as its content within its min and max; when the pane is too
/// narrow, the columns with the most room to give shrink first, then the least important columns are dropped.
enum ColumnFitter {
    struct Column {
        var natural: Int
        var minWidth: Int
        var maxWidth: Int
        /// Higher stays longer when columns must be dropped.
        var priority: Int
    }

    /// Widths in column order; 0 means the column is not shown.
    static func widths(_ columns: [Column], available: Int, gap: Int) -> [Int] {
        var shown = Array(repeating: true, count: columns.count)
        while true {
            var widths = columns.indices.map { index -> Int in
                guard shown[index] else { return 0 }
                let column = columns[index]
                return min(max(column.natural, column.minWidth), max(column.minWidth, column.maxWidth))
            }
            let visible = shown.filter { $0 }.count
            var overflow = widths.reduce(0, +) + gap * max(0, visible - 1) - available
            while overflow > 0 {
                // Shrink the column with the most to give, one column at a time.
                guard let index = widths.indices.filter({ shown[$0] && widths[$0] > columns[$0].minWidth })
                    .max(by: { widths[$0] - columns[$0].minWidth < widths[$1] - columns[$1].minWidth }) else { break }
                let give = min(overflow, widths[index] - columns[index].minWidth,
                               max(1, (widths[index] - columns[index].minWidth) / 2))
                widths[index] -= give
                overflow -= give
            }
            if overflow <= 0 { return widths }
            guard visible > 1, let drop = columns.indices.filter({ shown[$0] })
                .min(by: { columns[$0].priority < columns[$1].priority }) else {
                // One column left and still too wide: it gets what there is.
                return widths.map { $0 > 0 ? max(0, available) : 0 }
            }
            shown[drop] = false
        }
    }

    /// Room left over goes to columns that were cut at their max, most important first, up to their full content:
    /// a max keeps one long label from crowding the others, not from showing when there is space.
    static func expanded(_ widths: [Int], _ columns: [Column], available: Int, gap: Int) -> [Int] {
        var widths = widths
        let shown = widths.filter { $0 > 0 }.count
        var spare = available - widths.reduce(0, +) - gap * max(0, shown - 1)
        for index in columns.indices.sorted(by: { columns[$0].priority > columns[$1].priority })
            where spare > 0 && widths[index] > 0 && columns[index].natural > widths[index] {
            let grow = min(spare, columns[index].natural - widths[index])
            widths[index] += grow
            spare -= grow
        }
        return widths
    }
}
