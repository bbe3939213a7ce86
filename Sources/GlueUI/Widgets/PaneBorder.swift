/// A pane's frame: the outline, the title and count in the top edge (`┌ Tenants 342 ───┐`), and short labels in
/// the bottom edge (a filter on the left, "stale since …" on the right). The focused pane gets a heavy outline
/// and its title as a reversed badge, which both survive a terminal without colour.
struct PaneBorder {
    var title: String
    /// After the title, in a quieter style: a count, a tenant.
    var detail: String?
    var focused: Bool
    var bottomLeft: [Span] = []
    var bottomRight: [Span] = []

    /// Draws the border and returns the rectangle inside it.
    @discardableResult
    func draw(into frame: inout Frame, rect: Rect, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let glyphs = BoxGlyphs.pane(focused: focused)
        let borderStyle = focused ? theme.focusedBorder : theme.border
        Box.draw(into: &frame, rect: rect, glyphs: glyphs, style: borderStyle)
        let room = rect.width - 3
        if room > 2 {
            frame.putSpans(titleSpans(theme), x: rect.x + 1, y: rect.y, width: room)
        }
        drawBottomLabels(into: &frame, rect: rect)
        return rect.inset(by: 1)
    }

    private func titleSpans(_ theme: Theme) -> [Span] {
        let titleStyle = focused ? theme.focusedTitle : theme.title
        let detailStyle = focused ? theme.focusedTitle : theme.dim
        var spans = [Span(" " + title, titleStyle)]
        if let detail, !detail.isEmpty { spans.append(Span(" " + detail, detailStyle)) }
        spans.append(Span(" ", titleStyle))
        return spans
    }

    private func drawBottomLabels(into frame: inout Frame, rect: Rect) {
        let y = rect.maxY - 1
        var room = rect.width - 3
        if !bottomRight.isEmpty, room > 4 {
            let label = padded(bottomRight)
            let width = min(label.width, room)
            let start = frame.putRightAligned(label, maxX: rect.maxX - 2, y: y, width: width)
            room = start - rect.x - 2
        }
        if !bottomLeft.isEmpty, room > 4 {
            frame.putSpans(padded(bottomLeft), x: rect.x + 1, y: y, width: room)
        }
    }

    private func padded(_ spans: [Span]) -> [Span] {
        guard let first = spans.first, let last = spans.last else { return spans }
        return [Span(" ", first.style)] + spans + [Span(" ", last.style)]
    }
}
