/// Writing text that must fit a width: what does not fit ends in "…" instead of being cut silently, so an operator
/// can tell a truncated id from a short one.
extension Frame {
    public static let ellipsis: Character = "…"

    /// Writes `text` within `width` columns from (x, y); when it is wider, writes what fits of `width - 1` columns
    /// and an ellipsis. Returns the columns written.
    @discardableResult
    public mutating func putFitted(_ text: some StringProtocol, x: Int, y: Int, width: Int, style: Style = .plain,
                                   clip: Rect? = nil) -> Int {
        guard width > 0 else { return 0 }
        if DisplayWidth.fits(text, in: width) {
            return put(text, x: x, y: y, style: style, maxWidth: width, clip: clip)
        }
        let written = put(text, x: x, y: y, style: style, maxWidth: width - 1, clip: clip)
        return written + put(String(Frame.ellipsis), x: x + written, y: y, style: style, maxWidth: 1, clip: clip)
    }

    /// Writes spans one after another within `width` columns; when together they are wider, the text is cut at
    /// `width - 1` columns and ends in an ellipsis (in the style of the span that was cut). Returns the columns
    /// written.
    @discardableResult
    public mutating func putSpans(_ spans: [Span], x: Int, y: Int, width: Int, clip: Rect? = nil) -> Int {
        guard width > 0 else { return 0 }
        var room = width
        var fitsWhole = true
        for span in spans {
            if !DisplayWidth.fits(span.text, in: room) {
                fitsWhole = false
                break
            }
            room -= DisplayWidth.of(span.text)
        }
        let limit = fitsWhole ? width : width - 1
        var column = 0
        var lastStyle = spans.first?.style ?? .plain
        for span in spans where column < limit {
            lastStyle = span.style
            column += put(span.text, x: x + column, y: y, style: span.style, maxWidth: limit - column, clip: clip)
        }
        if !fitsWhole {
            column += put(String(Frame.ellipsis), x: x + column, y: y, style: lastStyle, maxWidth: 1, clip: clip)
        }
        return column
    }

    /// Writes `text` right-aligned so that it ends at column `maxX` (exclusive). Returns its start column.
    @discardableResult
    public mutating func putRightAligned(_ spans: [Span], maxX: Int, y: Int, width: Int, clip: Rect? = nil) -> Int {
        let used = min(spans.width, width)
        putSpans(spans, x: maxX - used, y: y, width: used, clip: clip)
        return maxX - used
    }

    /// Repeats one character over `count` columns (borders, rules, bars).
    public mutating func repeatCharacter(_ character: Character, x: Int, y: Int, count: Int, style: Style,
                                         clip: Rect? = nil) {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(size.height, area.maxY) else { return }
        let x0 = max(x, area.x, 0), x1 = min(x + count, area.maxX, size.width)
        guard x0 < x1 else { return }
        let cell = Cell(character, style: style)
        for column in x0..<x1 { self[column, y] = cell }
    }
}

extension DisplayWidth {
    /// Whether `text` takes at most `width` columns; stops reading at the first column past it, so asking about a
    /// 10,000-character log line costs no more than the width.
    public static func fits(_ text: some StringProtocol, in width: Int) -> Bool {
        var total = 0
        for character in text {
            total += of(character)
            if total > width { return false }
        }
        return true
    }
}
