/// Keys to commands, per context (`CommandContext`): the table's defaults, with the config's `keymap:` applied.
/// Which pane is focused is decided in `update`; which dialog is open decides the contexts read.
public struct Keymap: Hashable, Sendable {
    /// Each command's keys; a command not in here has none.
    public private(set) var keysByCommand: [Command: [Key]]
    private var index: [CommandContext: [Key: Command]]

    /// Where two commands of one context ask for the same key, the one declared first in `CommandTable` has it
    /// (the config's overrides are checked before they get here: `clashes`).
    public init(keys: [Command: [Key]]) {
        keysByCommand = keys.filter { !$0.value.isEmpty }
        index = [:]
        for spec in CommandTable.all {
            for key in keysByCommand[spec.command] ?? [] where index[spec.context]?[key] == nil {
                index[spec.context, default: [:]][key] = spec.command
            }
        }
    }

    /// The command `key` means on the dashboard, no dialog open.
    public func command(for key: Key) -> Command? { index[.panes]?[key] }

    /// The command `key` means in the first of `contexts` that binds it.
    public func command(for key: Key, in contexts: [CommandContext]) -> Command? {
        for context in contexts {
            if let command = index[context]?[key] { return command }
        }
        return nil
    }

    /// Every key bound to `command`, in a stable order for help.
    public func keys(for command: Command) -> [Key] {
        (keysByCommand[command] ?? []).sorted { $0.description < $1.description }
    }

    /// Every key bound to `command`, letters first (what a hand reaches for), then space, control keys, named keys.
    public func handiestKeys(for command: Command) -> [Key] {
        keys(for: command).sorted { Self.rank($0) < Self.rank($1) }
    }

    /// The key a message names for `command` (`v`), or `:name` when no key is bound to it.
    public func keyName(for command: Command) -> String {
        handiestKeys(for: command).first?.description ?? ":" + command.rawValue
    }

    private static func rank(_ key: Key) -> (Int, String) {
        switch key {
        case .character(" "): return (1, key.description)
        // `y Y`: a letter before its capital.
        case .character(let c): return (0, c.lowercased() + (c.isUppercase ? "1" : "0"))
        case .control: return (2, key.description)
        default: return (3, key.description)
        }
    }

    /// `command` with exactly `keys`.
    public func rebinding(_ command: Command, to keys: [Key]) -> Keymap {
        var all = keysByCommand
        all[command] = keys
        return Keymap(keys: all)
    }

    /// Keys bound to more than one command of one context, each with its commands in table order.
    public var clashes: [(key: Key, context: CommandContext, commands: [Command])] {
        var byKey: [CommandContext: [Key: [Command]]] = [:]
        for spec in CommandTable.all {
            for key in keysByCommand[spec.command] ?? [] {
                byKey[spec.context, default: [:]][key, default: []].append(spec.command)
            }
        }
        return CommandContext.allCases.flatMap { context in
            (byKey[context] ?? [:]).filter { $0.value.count > 1 }
                .map { (key: $0.key, context: context, commands: $0.value) }
                .sorted { $0.key.description < $1.key.description }
        }
    }

    /// The table's keys. Ctrl-A, Ctrl-B and Ctrl-D stay free: tmux and screen own them.
    public static let defaults = Keymap(keys: Dictionary(uniqueKeysWithValues: CommandTable.all.map { ($0.command, $0.keys) }))
}
