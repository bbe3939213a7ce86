/// The key-hint bar's content for the focused pane: `? help  / filter  : command  …  q quit`. Which commands, their
/// labels and their order come from `CommandTable` (`HintSpec`), their keys from the keymap; a hint whose command
/// has no key, or cannot run now, is left out. When the row is short the hints between the first and the last go
/// from the end.
enum KeyHints {
    struct Hint: Hashable {
        var key: String
        var label: String
    }

    static func hints(for model: Model) -> [Hint] {
        if model.screen == .pulse { return pulseHints(model) }
        let pane = model.focus
        return CommandTable.all
            .compactMap { spec -> (CommandSpec, HintSpec)? in
                guard spec.context == .panes, let hint = spec.hint, hint.panes?.contains(pane) ?? true else { return nil }
                return (spec, hint)
            }
            .sorted { $0.1.rank < $1.1.rank }
            .compactMap { spec, hint in
                guard spec.command.unavailableReason(in: model) == nil,
                      let key = KeyLabel.primary(for: spec.command, in: model.keymap) else { return nil }
                return Hint(key: key, label: label(spec.command, hint, in: model))
            }
    }

    /// On the pulse only its own keys and those of every screen; the labels say what they do there.
    static let pulseCommands: [(Command, String)] = [
        (.help, "help"), (.zoom, "open"), (.pulse, "panes"), (.palette, "command"), (.refresh, "refresh"), (.quit, "quit"),
    ]

    private static func pulseHints(_ model: Model) -> [Hint] {
        pulseCommands.compactMap { command, label in
            KeyLabel.primary(for: command, in: model.keymap).map { Hint(key: $0, label: label) }
        }
    }

    /// The label, where the pane or the command's current state says it better (`unzoom`, `pause`).
    private static func label(_ command: Command, _ hint: HintSpec, in model: Model) -> String {
        switch command {
        case .zoom: return model.zoomed == nil ? "zoom" : "unzoom"
        case .follow: return model.jobs.log.follow ? "pause" : "follow"
        case .wrap: return model.jobs.log.wrap ? "nowrap" : "wrap"
        default: return hint.paneLabels[model.focus] ?? hint.label
        }
    }

    /// The hints that fit in `width` columns, keeping the first and the last.
    static func spans(_ hints: [Hint], width: Int, theme: Theme) -> [Span] {
        var kept = hints
        func spans() -> [Span] {
            var result: [Span] = []
            for (index, hint) in kept.enumerated() {
                result.append(Span((index == 0 ? " " : "  ") + hint.key, theme.hint.patched(by: theme.hintKey)))
                result.append(Span(" " + hint.label, theme.hint))
            }
            return result
        }
        while kept.count > 2, spans().width > width {
            kept.remove(at: kept.count - 2)
        }
        return spans()
    }
}
