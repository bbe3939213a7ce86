/// What ncurses is given for one frame cell: the wide characters for `setcchar` (a spacing character and up to
/// four combining ones) and whether the next column must be blanked by hand.
///
/// The frame measures widths with its own table (`DisplayWidth`); ncurses and the terminal go by the C
/// library's `wcwidth`. Where they disagree, the C library wins, because ncurses moves its cursor by it:
/// a character the frame thinks wide but libc narrow is drawn and the next column blanked (`padsNextColumn`);
/// one the frame thinks narrow but libc wide would overwrite its neighbour, so it becomes `?`.
struct CellGlyph: Equatable {
    /// CCHARW_MAX in curses.h: the spacing character plus four combining characters.
    static let maximumScalars = 5
    static let replacement: [Int32] = [Int32(UInt8(ascii: "?"))]

    var characters: [Int32]
    var padsNextColumn: Bool

    /// `frameColumns` is 2 when the frame marks the next cell as this one's continuation, else 1.
    /// `width` is `wcwidth` (injected so tests do not depend on the process locale).
    static func make(_ character: Character, frameColumns: Int, width: (Int32) -> Int32) -> CellGlyph {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return CellGlyph(characters: replacement, padsNextColumn: frameColumns == 2) }
        let firstValue = Int32(bitPattern: first.value)
        let columns = Int(width(firstValue))
        guard columns >= 1, columns <= frameColumns else {
            return CellGlyph(characters: replacement, padsNextColumn: frameColumns == 2)
        }
        var characters = [firstValue]
        for scalar in scalars.dropFirst() where characters.count < maximumScalars {
            let value = Int32(bitPattern: scalar.value)
            if width(value) == 0 { characters.append(value) }
        }
        return CellGlyph(characters: characters, padsNextColumn: columns < frameColumns)
    }
}
