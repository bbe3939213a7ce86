@testable import GlueUI

/// Checks every frame must pass, whatever it shows.
enum FrameChecks {
    /// Problems with the frame's geometry: rows of the wrong display width, wide characters cut at the edge,
    /// continuation cells without a wide character before them. Empty when the frame is sound.
    static func problems(_ frame: Frame) -> [String] {
        var problems: [String] = []
        if frame.cells.count != frame.size.width * frame.size.height {
            problems.append("\(frame.cells.count) cells for \(frame.size.width)×\(frame.size.height)")
        }
        for y in 0..<frame.size.height {
            var width = 0
            var x = 0
            while x < frame.size.width {
                let cell = frame[x, y]
                if cell.isContinuation {
                    problems.append("row \(y) column \(x): continuation cell without a wide character before it")
                    x += 1
                    width += 1
                    continue
                }
                let cellWidth = max(1, DisplayWidth.of(cell.character))
                if cellWidth == 2 {
                    if x + 1 >= frame.size.width || !frame[x + 1, y].isContinuation {
                        problems.append("row \(y) column \(x): wide character without its continuation cell")
                    }
                    x += 2
                } else {
                    x += 1
                }
                width += cellWidth
            }
            if width != frame.size.width {
                problems.append("row \(y) is \(width) columns wide, not \(frame.size.width)")
            }
        }
        if let cursor = frame.cursor, !(0..<frame.size.width).contains(cursor.x) || !(0..<frame.size.height).contains(cursor.y) {
            problems.append("cursor \(cursor) is outside the frame")
        }
        return problems
    }
}
