import GlueCore
import Yams

/// The `keymap:` section: command names (`Command`'s raw values, README's key table) to a key or a list of keys.
/// ```yaml
/// keymap:
///   refresh: F5
///   unlink: [x, ctrl+x]
/// ```
enum KeymapParser {
    static let commandNames = CommandTable.all.map(\.command.rawValue)

    static func parse(_ node: Node, at location: SourceLocation, file: String) throws(ConfigError) -> [Command: Located<[Key]>] {
        guard let mapping = node.mapping else {
            throw location.error("keymap", "must be a mapping of command names to keys, e.g. refresh: F5")
        }
        var bindings: [Command: Located<[Key]>] = [:]
        for entry in try ConfigParser.entries(of: mapping, file: file, prefix: "keymap.", allowed: nil, what: "") {
            let key = "keymap.\(entry.key)"
            guard let command = Command(rawValue: entry.key) else {
                throw entry.location.error(key, "unknown command: commands are \(commandNames.joined(separator: ", "))")
            }
            let names = try ConfigParser.stringList(entry.value, key: key, at: entry.location, what: "a key such as x, ctrl+e, F5 or shift+tab")
            var keys: [Key] = []
            for name in names {
                guard let parsed = KeyName.parse(name.value) else {
                    throw name.location.error(key, "unknown key '\(name.value)': write a character (x), ctrl+LETTER, F1-F24, shift+tab, up, pgdn, space, esc, …")
                }
                if !keys.contains(parsed) { keys.append(parsed) }
            }
            bindings[command] = Located(keys, at: entry.location)
        }
        return bindings
    }
}
