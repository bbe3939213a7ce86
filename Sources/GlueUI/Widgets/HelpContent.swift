/// What the help overlay lists: the focused pane's keys (with what they mean in that pane), the global keys, the
/// dialogs' keys and the palette's commands, all from `CommandTable` and the keymap, so remapped keys are listed
/// as they are.
struct HelpContent {
    struct Entry: Hashable {
        var keys: String
        var summary: String
    }

    struct Section: Hashable {
        var title: String
        var entries: [Entry]
    }

    var pane: Section
    var global: Section
    var dialogs: Section
    var commands: [String]

    /// `readOnly` leaves out every command that changes something at Hotglue.
    init(pane: PaneID, keymap: Keymap, readOnly: Bool = false) {
        let specs = CommandTable.all.filter { !readOnly || !$0.changesHotglue }
        let main = specs.filter { $0.context == .panes }
        self.pane = Section(title: "\(pane.title) keys",
                            entries: Self.entries(main.filter { $0.panes?.contains(pane) == true }, keymap: keymap) {
                                $0.summary(in: pane)
                            })
        global = Section(title: "Everywhere",
                         entries: Self.entries(main.filter { $0.panes == nil }, keymap: keymap) { $0.helpLine ?? $0.summary })
        dialogs = Section(title: "In dialogs",
                          entries: Self.entries(specs.filter { $0.context != .panes }, keymap: keymap) { $0.summary })
        commands = PaletteCommand.synopses(readOnly: readOnly).map { ":" + $0 }
    }

    /// One entry per summary: commands that mean the same (`q` and `ctrl+c` both quit) share a line.
    private static func entries(_ specs: [CommandSpec], keymap: Keymap, summary: (CommandSpec) -> String) -> [Entry] {
        var result: [Entry] = []
        for spec in specs {
            let keys = KeyLabel.all(for: spec.command, in: keymap)
            guard !keys.isEmpty else { continue }
            let text = summary(spec)
            if let index = result.firstIndex(where: { $0.summary == text }) {
                result[index].keys += " " + keys.joined(separator: " ")
            } else {
                result.append(Entry(keys: keys.joined(separator: " "), summary: text))
            }
        }
        return result
    }
}
