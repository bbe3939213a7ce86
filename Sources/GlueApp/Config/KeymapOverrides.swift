import GlueCore

/// Applies the config's `keymap:` to the defaults: a command named there gets exactly the keys given (its default
/// keys are freed). A key left bound to two commands of one context (`CommandContext`) is refused, naming both
/// bindings, rather than one silently winning; a dialog's key may shadow a panes' key (`k` keeps in the start
/// dialog, moves up on the panes).
enum KeymapOverrides {
    static func apply(_ overrides: [Command: Located<[Key]>], to base: Keymap) throws(ConfigError) -> Keymap {
        var keys = base.keysByCommand
        for (command, located) in overrides { keys[command] = located.value }
        let keymap = Keymap(keys: keys)
        // The first clash in the file's order, so the same file always gives the same message.
        let clashes = keymap.clashes.compactMap { clash -> (Command, Command, Key, Located<[Key]>)? in
            let named = clash.commands.filter { overrides[$0] != nil }
                .sorted { (overrides[$0]?.location.line ?? 0, $0.rawValue) < (overrides[$1]?.location.line ?? 0, $1.rawValue) }
            guard let last = named.last, let located = overrides[last],
                  let other = clash.commands.first(where: { $0 != last }) else { return nil }
            return (other, last, clash.key, located)
        }
        guard let (other, command, key, located) = clashes.min(by: { ($0.3.location.line ?? 0) < ($1.3.location.line ?? 0) })
        else { return keymap }
        if let otherLocation = overrides[other]?.location {
            throw located.location.error(
                "keymap.\(command.rawValue)",
                "key '\(key)' is bound twice: to \(other.rawValue) (\(otherLocation)) and to \(command.rawValue) (\(located.location))")
        }
        throw located.location.error(
            "keymap.\(command.rawValue)",
            "key '\(key)' is bound twice: to \(other.rawValue) (a default binding) and to \(command.rawValue) (\(located.location)); give \(other.rawValue) another key in keymap, or pick another key")
    }
}
