/// A box centred over the panes: a title in its top edge, lines of spans, and a hint in its bottom edge. Whatever
/// is under it stays as drawn: the dialog only paints its own rectangle.
struct Dialog {
    var title: String
    var lines: [[Span]]
    var hint: [Span] = []
    /// Widest the body may be, in columns (the box adds a border and one column of padding each side).
    var maxBodyWidth = 64

    /// The rectangle the dialog takes when centred in `area`.
    func frameRect(in area: Rect) -> Rect {
        let bodyWidth = max(lines.map(\.width).max() ?? 0, DisplayWidth.of(title) + 2, hint.width + 2)
        let width = min(area.width, min(maxBodyWidth, bodyWidth) + 4)
        let height = min(area.height, lines.count + 2)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                    width: width, height: height)
    }

    @discardableResult
    func draw(into frame: inout Frame, rect area: Rect, theme: Theme) -> Rect {
        let rect = frameRect(in: area)
        guard rect.width >= 4, rect.height >= 2 else { return rect }
        let body = Self.drawChrome(into: &frame, rect: rect, title: title, hint: hint, theme: theme)
        for (offset, line) in lines.prefix(body.height).enumerated() {
            frame.putSpans(line, x: body.x, y: body.y + offset, width: body.width, clip: body)
        }
        return rect
    }

    /// Clears `rect`, draws the rounded outline with the title and hint, and returns the body inside (one column
    /// of padding left and right).
    static func drawChrome(into frame: inout Frame, rect: Rect, title: String, hint: [Span], theme: Theme) -> Rect {
        frame.fill(rect, style: theme.dialog)
        Box.draw(into: &frame, rect: rect, glyphs: .rounded, style: theme.dialogBorder)
        frame.putSpans([Span(" " + title + " ", theme.dialogBorder)], x: rect.x + 2, y: rect.y, width: rect.width - 4)
        if !hint.isEmpty {
            let label = [Span(" ", theme.dialog)] + hint + [Span(" ", theme.dialog)]
            frame.putRightAligned(label, maxX: rect.maxX - 2, y: rect.maxY - 1, width: rect.width - 4)
        }
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
