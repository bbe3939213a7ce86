/// A single-line text field: the filter, the command palette. Cursor counted in characters.
public struct TextInput: Hashable, Sendable {
    public var text: String
    public var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(c, at: index)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .control("w"):
            let prefix = text.prefix(cursor)
            let trimmed = prefix.reversed().drop(while: { $0 == " " }).drop(while: { $0 != " " })
            let removed = prefix.count - trimmed.count
            text.removeSubrange(text.index(text.startIndex, offsetBy: cursor - removed)..<text.index(text.startIndex, offsetBy: cursor))
            cursor -= removed
        default:
            return false
        }
        return true
    }
}
