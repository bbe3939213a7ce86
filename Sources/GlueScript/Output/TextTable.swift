/// A plain-text table: a header row and data rows, columns padded to their widest cell and separated by two
/// spaces, the last column unpadded (no trailing blanks). Cells are one line each.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) {
        self.headers = headers
    }

    init() {
        headers = []
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    func render() -> String {
        let lines = [headers] + rows.map { row in row.map(Self.oneLine) }
        let columns = headers.count
        var widths = Array(repeating: 0, count: columns)
        for line in lines {
            for (index, cell) in line.prefix(columns).enumerated() {
                widths[index] = max(widths[index], Self.width(cell))
            }
        }
        return lines.map { line in
            var text = ""
            for index in 0..<columns {
                let cell = index < line.count ? line[index] : ""
                if index == columns - 1 {
                    text += cell
                } else {
                    text += cell + String(repeating: " ", count: widths[index] - Self.width(cell) + 2)
                }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }.joined()
    }

    /// Terminal columns of `text`: wide (East Asian, emoji) characters take two.
    static func width(_ text: String) -> Int {
        text.reduce(0) { total, character in
            let scalar = character.unicodeScalars.first!.value
            let wide = (0x1100...0x115F).contains(scalar) || (0x2E80...0xA4CF).contains(scalar)
                || (0xAC00...0xD7A3).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
                || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFF60).contains(scalar)
                || (0xFFE0...0xFFE6).contains(scalar) || (0x1F300...0x1FAFF).contains(scalar)
            return total + (wide ? 2 : 1)
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension String {
    /// At most `limit` characters, with an ellipsis when cut.
    func truncated(to limit: Int) -> String {
        count <= limit ? self : String(prefix(max(limit - 1, 0))) + "…"
    }
}
