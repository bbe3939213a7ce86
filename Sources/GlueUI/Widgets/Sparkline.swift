/// A row of block glyphs, one a value, scaled from zero to the largest: `▁▂▅█▃`. The last `width` values.
enum Sparkline {
    static let glyphs: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func text(_ values: [Double], width: Int) -> String {
        let shown = values.suffix(max(0, width))
        guard let largest = shown.max(), largest > 0 else { return String(repeating: glyphs[0], count: shown.count) }
        return String(shown.map { value in
            let level = Int((max(0, value) / largest * Double(glyphs.count - 1)).rounded())
            return glyphs[min(glyphs.count - 1, max(0, level))]
        })
    }
}
