/// What the help overlay lists: the focused pane's keys (with what they mean in that pane), the global keys, and
/// the palette's commands. Built from the keymap and `Action.summary`, so remapped keys are listed as they are.
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
    var commands: [String]

    /// `readOnly` leaves out every action that changes something at Hotglue.
    init(pane: PaneID, keymap: Keymap, readOnly: Bool = false) {
        let actions = Self.paneActions(pane).filter { !readOnly || !$0.isMutation }
        self.pane = Section(title: "\(pane.title) keys",
                            entries: Self.entries(actions, keymap: keymap) { Self.summary($0, in: pane) })
        var globalEntries = Self.entries(Self.globalActions, keymap: keymap) { $0.summary }
        let focusKeys = Self.focusActions.compactMap { KeyLabel.primary(for: $0, in: keymap) }
        if !focusKeys.isEmpty {
            globalEntries.insert(Entry(keys: focusKeys.joined(separator: " "), summary: "focus pane 1–5"), at: 2)
        }
        global = Section(title: "Everywhere", entries: globalEntries)
        commands = PaletteCommand.names.filter { !readOnly || !PaletteCommand.mutatingNames.contains($0) }.map { ":" + $0 + (Self.commandArguments[$0].map { " " + $0 } ?? "") }
    }

    static let focusActions: [Action] = [.focusTenants, .focusConnectors, .focusDiscover, .focusState, .focusJobs]
    static let globalActions: [Action] = [.focusNext, .focusPrevious, .zoom, .back, .palette, .help, .refresh,
                                          .redraw, .suspend, .quit, .forceQuit]
    static let commandArguments = ["tenant": "ID", "profile": "NAME", "jobs": "failed|running|completed|all", "theme": "NAME",
                                   "state": "edit|reset|undo", "link": "[CONNECTOR]", "update": "[--editor]",
                                   "run": "read|write [--reset] [--start DATE] [--streams A,B]"]

    static func paneActions(_ pane: PaneID) -> [Action] {
        let movement: [Action] = [.moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom]
        switch pane {
        case .tenants: return movement + [.filter]
        case .connectors: return movement + [.filter, .link, .updateConfig, .unlink, .discover, .runJob]
        case .discover: return movement + [.discover]
        case .state: return movement + [.fold, .expand, .collapse, .reveal, .editState, .resetState, .undoState]
        case .jobs: return [.moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .follow, .wrap, .filter,
                            .searchNext, .searchPrevious, .runJob]
        }
    }

    /// What an action means in a pane, where that says more than the general summary.
    static func summary(_ action: Action, in pane: PaneID) -> String {
        switch (pane, action) {
        case (.tenants, .filter): return "filter tenants"
        case (.connectors, .filter): return "filter connectors"
        case (.discover, .moveDown), (.discover, .moveUp): return action == .moveDown ? "next stream" : "previous stream"
        case (.jobs, .moveDown): return "older job"
        case (.jobs, .moveUp): return "newer job"
        case (.jobs, .pageDown): return "scroll the log down"
        case (.jobs, .pageUp): return "scroll the log up"
        case (.jobs, .top): return "log start"
        case (.jobs, .bottom): return "log end (follows again)"
        case (.jobs, .filter): return "search the log"
        default: return action.summary
        }
    }

    /// One entry per summary: actions that mean the same (`q` and `ctrl+c` both quit) share a line.
    private static func entries(_ actions: [Action], keymap: Keymap, summary: (Action) -> String) -> [Entry] {
        var result: [Entry] = []
        for action in actions {
            let keys = KeyLabel.all(for: action, in: keymap)
            guard !keys.isEmpty else { continue }
            let text = summary(action)
            if let index = result.firstIndex(where: { $0.summary == text }) {
                result[index].keys += " " + keys.joined(separator: " ")
            } else {
                result.append(Entry(keys: keys.joined(separator: " "), summary: text))
            }
        }
        return result
    }
}
