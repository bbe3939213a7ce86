/// Breaks text into lines of at most `width` columns at spaces (and inside words longer than a line), keeping the
/// text's own line breaks. For dialog bodies and error messages, which are short.
enum WordWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var rest = Substring(word)
                var restWidth = DisplayWidth.of(rest)
                if lineWidth > 0, lineWidth + 1 + restWidth <= width {
                    line += " " + rest
                    lineWidth += 1 + restWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while restWidth > width {
                    let (head, tail) = split(rest, at: width)
                    result.append(String(head))
                    rest = tail
                    restWidth = DisplayWidth.of(rest)
                }
                line = String(rest)
                lineWidth = restWidth
            }
            result.append(line)
        }
        return result
    }

    /// The longest prefix of at most `width` columns (at least one character), and the rest.
    static func split(_ text: Substring, at width: Int) -> (Substring, Substring) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let next = DisplayWidth.of(text[index])
            if used + next > width, index > text.startIndex { break }
            used += next
            index = text.index(after: index)
        }
        return (text[..<index], text[index...])
    }
}
