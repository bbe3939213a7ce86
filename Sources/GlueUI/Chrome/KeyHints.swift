/// The key-hint bar's content for the focused pane: `? help  / filter  : command  …  q quit`. Keys come from the
/// keymap; a hint whose action has no key is left out. Help comes first and quit last; when the row is short the
/// hints in between go from the end.
enum KeyHints {
    struct Hint: Hashable {
        var key: String
        var label: String
    }

    static func hints(for model: Model) -> [Hint] {
        var actions: [(Action, String)] = [(.help, "help")]
        switch model.focus {
        case .tenants:
            actions += [(.filter, "filter"), (.zoom, model.zoomed == nil ? "zoom" : "unzoom")]
        case .connectors:
            actions += [(.filter, "filter"), (.link, "link"), (.unlink, "unlink"), (.discover, "discover"),
                        (.runJob, "run job"), (.zoom, model.zoomed == nil ? "zoom" : "unzoom")]
        case .discover:
            actions += [(.discover, "discover"), (.moveDown, "streams"), (.zoom, model.zoomed == nil ? "zoom" : "unzoom")]
        case .state:
            actions += [(.editState, "edit"), (.undoState, "undo"), (.fold, "fold"), (.reveal, "reveal"),
                        (.zoom, model.zoomed == nil ? "zoom" : "unzoom")]
        case .jobs:
            actions += [(.follow, model.jobs.log.follow ? "pause" : "follow"),
                        (.wrap, model.jobs.log.wrap ? "nowrap" : "wrap"), (.filter, "search"), (.runJob, "run job")]
            if !model.jobs.log.search.isEmpty { actions.append((.searchNext, "next")) }
            actions.append((.zoom, model.zoomed == nil ? "zoom" : "unzoom"))
        }
        actions += [(.palette, "command"), (.focusNext, "pane"), (.refresh, "refresh"), (.quit, "quit")]
        if model.connection.readOnly { actions.removeAll { $0.0.isMutation } }
        return actions.compactMap { action, label in
            KeyLabel.primary(for: action, in: model.keymap).map { Hint(key: $0, label: label) }
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
