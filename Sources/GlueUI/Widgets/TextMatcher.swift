/// Finds where a filter or search text occurs in a line, case-insensitively, as column ranges to highlight.
/// Runs only on the rows on screen; plain ASCII (the usual log line and id) takes a byte path with no allocation.
struct TextMatcher {
    let needle: String
    private let asciiNeedle: [UInt8]?
    private let loweredNeedle: [String]

    init(_ needle: String) {
        self.needle = needle
        let bytes = Array(needle.utf8)
        asciiNeedle = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes.map(Self.lowerASCII) : nil
        loweredNeedle = needle.map { String($0).lowercased() }
    }

    var isEmpty: Bool { needle.isEmpty }

    /// Column ranges (from the text's first column) of non-overlapping matches.
    func columns(in text: some StringProtocol) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        if let asciiNeedle, let ranges = asciiColumns(in: text, asciiNeedle) { return ranges }
        return generalColumns(in: text)
    }

    /// nil when the text is not plain printable ASCII (then columns and bytes differ).
    private func asciiColumns(in text: some StringProtocol, _ pattern: [UInt8]) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var found: [Range<Int>]? = nil
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return }
            var start = 0
            let last = bytes.count - pattern.count
            while start <= last {
                var matched = true
                for offset in 0..<pattern.count where Self.lowerASCII(bytes[start + offset]) != pattern[offset] {
                    matched = false
                    break
                }
                if matched {
                    ranges.append(start..<(start + pattern.count))
                    start += pattern.count
                } else {
                    start += 1
                }
            }
            found = ranges
        }
        return found
    }

    private func generalColumns(in text: some StringProtocol) -> [Range<Int>] {
        var characters: [(lowered: String, column: Int, width: Int)] = []
        var column = 0
        for character in text {
            let width = DisplayWidth.of(character)
            characters.append((String(character).lowercased(), column, width))
            column += width
        }
        var ranges: [Range<Int>] = []
        var index = 0
        while index + loweredNeedle.count <= characters.count {
            var matched = true
            for offset in 0..<loweredNeedle.count where characters[index + offset].lowered != loweredNeedle[offset] {
                matched = false
                break
            }
            if matched {
                let end = characters[index + loweredNeedle.count - 1]
                ranges.append(characters[index].column..<(end.column + end.width))
                index += loweredNeedle.count
            } else {
                index += 1
            }
        }
        return ranges
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}

extension Frame {
    /// Lays `style` over the matched columns of text drawn at (x, y), within `width` columns.
    mutating func highlight(_ ranges: [Range<Int>], x: Int, y: Int, width: Int, style: Style) {
        for range in ranges where range.lowerBound < width {
            let end = min(range.upperBound, width)
            restyle(Rect(x: x + range.lowerBound, y: y, width: end - range.lowerBound, height: 1)) { $0.patched(by: style) }
        }
    }
}
