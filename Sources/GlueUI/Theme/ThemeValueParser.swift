/// Reads the values a theme file gives a style: colour words (`red`, `bright-blue`, `208`, `#ff8700`, `default`)
/// and attribute words (`bold`, `reverse`, …). Returns the reason on failure, for `ThemeDefinitionError`.
enum ThemeValueParser {
    static let colorNames: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline, "italic": .italic,
        "none": [], "normal": [],
    ]

    static let colorHelp = "use a name (red, bright-blue, …), a palette number 0–255, \"#rrggbb\" (quoted), or default"

    /// `nil` colour means the terminal's own (`default`).
    static func color(_ text: String) -> Result<TerminalColor?, ThemeValueProblem> {
        let word = text.trimmed.lowercased().replacingUnderscores
        if word == "default" || word == "none" || word == "terminal" { return .success(nil) }
        if let ansi = colorNames[word] { return .success(.ansi(ansi)) }
        if word.hasPrefix("bright"), let ansi = colorNames["bright-" + word.dropFirst("bright".count)] {
            return .success(.ansi(ansi))
        }
        if let number = Int(word) {
            guard (0...255).contains(number) else {
                return .failure(ThemeValueProblem("palette number \(number) is out of range 0–255"))
            }
            return .success(.palette(UInt8(number)))
        }
        if word.hasPrefix("#") {
            guard let color = hex(String(word.dropFirst())) else {
                return .failure(ThemeValueProblem("'\(text)' is not a #rrggbb colour"))
            }
            return .success(color)
        }
        return .failure(ThemeValueProblem("unknown colour '\(text)': \(colorHelp)"))
    }

    static func attributes(_ words: [String]) -> Result<TextAttributes, ThemeValueProblem> {
        var result: TextAttributes = []
        for word in words {
            guard let attribute = attributeNames[word.trimmed.lowercased()] else {
                let known = attributeNames.keys.sorted().joined(separator: ", ")
                return .failure(ThemeValueProblem("unknown attribute '\(word)': use \(known)"))
            }
            result.formUnion(attribute)
        }
        return .success(result)
    }

    private static func hex(_ digits: String) -> TerminalColor? {
        let expanded = digits.count == 3 ? String(digits.flatMap { [$0, $0] }) : digits
        guard expanded.count == 6, let value = UInt32(expanded, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}

/// Why a colour or attribute word was not understood, in words for the theme's author.
struct ThemeValueProblem: Error, Hashable, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }

    fileprivate var replacingUnderscores: String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
