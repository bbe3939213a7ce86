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

    /// Every key bound to `command`, letters first (what a hand reaches for), then control keys, then named keys.
    static func all(for command: Command, in keymap: Keymap) -> [String] {
        keymap.handiestKeys(for: command).map(text)
    }

    /// The key a dialog names for `command`: `preferred` while it is still bound to it (a dialog says `esc`
    /// cancel, though `q` closes too), else the handiest, else `:name` (nothing bound: the config unbound it).
    static func shown(_ command: Command, preferring preferred: Key? = nil, in keymap: Keymap) -> String {
        if let preferred, keymap.keys(for: command).contains(preferred) { return text(preferred) }
        return primary(for: command, in: keymap) ?? ":" + command.rawValue
    }

    /// The one key a hint shows for `command`, or nil when nothing is bound to it.
    static func primary(for command: Command, in keymap: Keymap) -> String? {
        all(for: command, in: keymap).first
    }
}
