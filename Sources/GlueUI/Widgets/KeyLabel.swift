/// Keys as help and hints write them, taken from the model's keymap so a remapped key shows as remapped.
enum KeyLabel {
    static func text(_ key: Key) -> String {
        switch key {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return key.description
        }
    }

    /// Every key bound to `action`, letters first (what a hand reaches for), then control keys, then named keys.
    static func all(for action: Action, in keymap: Keymap) -> [String] {
        keymap.keys(for: action).sorted { rank($0) < rank($1) }.map(text)
    }

    /// The one key a hint shows for `action`, or nil when nothing is bound to it.
    static func primary(for action: Action, in keymap: Keymap) -> String? {
        all(for: action, in: keymap).first
    }

    private static func rank(_ key: Key) -> (Int, String) {
        switch key {
        case .character(" "): return (1, key.description)
        case .character: return (0, key.description)
        case .control: return (2, key.description)
        default: return (3, key.description)
        }
    }
}
