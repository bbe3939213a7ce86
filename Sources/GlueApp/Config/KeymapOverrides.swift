import GlueCore

/// Applies the config's `keymap:` to the defaults: an action named there gets exactly the keys given (its default
/// keys are freed). A key left bound to two actions is refused, naming both bindings, rather than one silently
/// winning.
enum KeymapOverrides {
    static func apply(_ overrides: [Action: Located<[Key]>], to base: Keymap) throws(ConfigError) -> Keymap {
        var bindings = base.bindings.filter { overrides[$0.value] == nil }
        var boundBy: [Key: Action] = [:]
        // A stable order, so the same file always gives the same message.
        let ordered = overrides.sorted { ($0.value.location.line ?? 0, $0.key.rawValue) < ($1.value.location.line ?? 0, $1.key.rawValue) }
        for (action, located) in ordered {
            for key in located.value {
                if let other = boundBy[key], other != action, let otherLocation = overrides[other]?.location {
                    throw located.location.error(
                        "keymap.\(action.rawValue)",
                        "key '\(key)' is bound twice: to \(other.rawValue) (\(otherLocation)) and to \(action.rawValue) (\(located.location))")
                }
                if let other = bindings[key], other != action {
                    throw located.location.error(
                        "keymap.\(action.rawValue)",
                        "key '\(key)' is bound twice: to \(other.rawValue) (a default binding) and to \(action.rawValue) (\(located.location)); give \(other.rawValue) another key in keymap, or pick another key")
                }
                boundBy[key] = action
                bindings[key] = action
            }
        }
        return Keymap(bindings: bindings)
    }
}
