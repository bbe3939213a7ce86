import GlueUI

/// A frame's text attributes as text, one letter per cell, so a golden can show where reverse, bold and underline
/// fall (what a terminal without colour still shows): R reverse+bold, r reverse, U bold+underline, u underline,
/// b bold, d dim, i italic, . nothing.
enum AttributeMap {
    static func text(_ frame: Frame) -> String {
        (0..<frame.size.height).map { y in
            var row = ""
            for x in 0..<frame.size.width where !frame[x, y].isContinuation {
                row.append(letter(frame[x, y].style.attributes))
            }
            while row.last == "." { row.removeLast() }
            return row
        }.joined(separator: "\n")
    }

    static func letter(_ attributes: TextAttributes) -> Character {
        if attributes.isSuperset(of: [.reverse, .bold]) { return "R" }
        if attributes.contains(.reverse) { return "r" }
        if attributes.isSuperset(of: [.bold, .underline]) { return "U" }
        if attributes.contains(.underline) { return "u" }
        if attributes.contains(.bold) { return "b" }
        if attributes.contains(.dim) { return "d" }
        if attributes.contains(.italic) { return "i" }
        return "."
    }
}
