/// One key press, decoded by the terminal layer. Everything above the terminal speaks in these.
public enum Key: Hashable, Sendable {
    /// A printable character, including any Unicode character and the space bar.
    case character(Character)
    /// Ctrl plus a letter, lowercased: `.control("c")` is Ctrl-C. Tab, Enter, Esc and Backspace have their own cases.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab
    case enter, escape, backspace, delete, insert
    case function(Int)
}

extension Key: CustomStringConvertible {
    /// The key as the help overlay and the config file write it: `j`, `ctrl+c`, `shift+tab`, `pgup`, `f5`.
    public var description: String {
        switch self {
        case .character(" "): return "space"
        case .character(let c): return String(c)
        case .control(let c): return "ctrl+\(c)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .tab: return "tab"
        case .backTab: return "shift+tab"
        case .enter: return "enter"
        case .escape: return "esc"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .insert: return "insert"
        case .function(let n): return "f\(n)"
        }
    }
}
