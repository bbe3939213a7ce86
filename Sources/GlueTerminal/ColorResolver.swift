import GlueUI

/// Turns a theme's colour into the colour number ncurses takes, for a given capability. Pure.
/// `nil` (the terminal's own colour) and anything under `.none` give -1, ncurses' "default colour" after
/// `use_default_colors`.
enum ColorResolver {
    static let defaultColor: Int32 = -1

    static func colorNumber(_ color: TerminalColor?, capability: ColorCapability) -> Int32 {
        guard let color else { return defaultColor }
        switch capability {
        case .none:
            return defaultColor
        case .eight:
            return Int32(sixteen(color) & 7)
        case .sixteen:
            return Int32(sixteen(color))
        case .palette256:
            switch color {
            case .ansi(let n): return Int32(n & 15)
            case .palette(let p): return Int32(p)
            case .rgb(let r, let g, let b): return Int32(ColorDownMapping.nearest256(RGBColor(r, g, b)))
            }
        case .truecolor:
            switch color {
            // In a direct-colour entry 0–7 still select the terminal's own (themed) ANSI colours.
            case .ansi(let n) where n & 15 < 8: return Int32(n & 15)
            case .ansi(let n): return direct(ColorDownMapping.rgb(ofPalette: n & 15))
            case .palette(let p) where p < 8: return Int32(p)
            case .palette(let p): return direct(ColorDownMapping.rgb(ofPalette: p))
            case .rgb(let r, let g, let b): return direct(RGBColor(r, g, b))
            }
        }
    }

    private static func sixteen(_ color: TerminalColor) -> UInt8 {
        switch color {
        case .ansi(let n): return n & 15
        case .palette(let p): return ColorDownMapping.nearest16(palette: p)
        case .rgb(let r, let g, let b): return ColorDownMapping.nearest16(RGBColor(r, g, b))
        }
    }

    /// 0xRRGGBB; values 1–7 would select ANSI colours in a direct-colour entry, so those near-blacks become 8.
    /// Pure black (0) selects ANSI black, which is what a theme asking for black means.
    private static func direct(_ color: RGBColor) -> Int32 {
        let packed = color.packed
        return packed > 0 && packed < 8 ? 8 : packed
    }
}
