/// Draws a rectangle's outline. Labels on the outline are the caller's business (`PaneBorder`, `Dialog`).
enum Box {
    static func draw(into frame: inout Frame, rect: Rect, glyphs: BoxGlyphs, style: Style) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        frame.put(String(glyphs.topLeft), x: rect.x, y: rect.y, style: style)
        frame.repeatCharacter(glyphs.horizontal, x: rect.x + 1, y: rect.y, count: inner, style: style)
        frame.put(String(glyphs.topRight), x: rect.maxX - 1, y: rect.y, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.put(String(glyphs.vertical), x: rect.x, y: y, style: style)
            frame.put(String(glyphs.vertical), x: rect.maxX - 1, y: y, style: style)
        }
        frame.put(String(glyphs.bottomLeft), x: rect.x, y: rect.maxY - 1, style: style)
        frame.repeatCharacter(glyphs.horizontal, x: rect.x + 1, y: rect.maxY - 1, count: inner, style: style)
        frame.put(String(glyphs.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    }

    /// A horizontal rule across `rect` at row `y` that joins the box's sides: `├──────┤`.
    static func rule(into frame: inout Frame, rect: Rect, y: Int, glyphs: BoxGlyphs, style: Style) {
        guard rect.width >= 2 else { return }
        frame.put(String(glyphs.teeRight), x: rect.x, y: y, style: style)
        frame.repeatCharacter(glyphs.horizontal, x: rect.x + 1, y: y, count: rect.width - 2, style: style)
        frame.put(String(glyphs.teeLeft), x: rect.maxX - 1, y: y, style: style)
    }
}
