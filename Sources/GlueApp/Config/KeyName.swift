import GlueCore

/// Reads a key as the config file writes it: `x`, `X`, `ctrl+e`, `F5`, `shift+tab`, `pgdn`, `space`, `esc`.
/// Named keys and modifiers ignore case; a single character is taken as written (`x` and `X` differ).
enum KeyName {
    static let named: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown,
        "tab": .tab, "shift+tab": .backTab, "backtab": .backTab,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "backspace": .backspace, "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
        "space": .character(" "),
    ]

    static func parse(_ text: String) -> Key? {
        if text.count == 1, let character = text.first, !character.isWhitespace, !character.isNewline {
            return .character(character)
        }
        let lower = text.lowercased()
        if let key = named[lower] { return key }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        for prefix in ["ctrl+", "ctrl-", "c-"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            return .control(letter)
        }
        if lower.hasPrefix("shift+") {
            let rest = text.dropFirst("shift+".count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            return .character(Character(letter.uppercased()))
        }
        return nil
    }
}
