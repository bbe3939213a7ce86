import HotglueModels

/// The fields of a form, one per line (a multi-choice list takes a line per option): the focused one marked and
/// in the input style, required ones starred, secrets masked unless revealed, the focused field's hint under it.
struct ActionFormFieldLines {
    var form: ChangeForm

    func lines(width: Int, theme: Theme) -> [[Span]] {
        let labelWidth = min(max(12, width / 3), (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
        var lines: [[Span]] = []
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let label = field.label + (field.isRequired ? " *" : "")
            let labelText = (focused ? "› " : "  ") + pad(label, labelWidth) + " "
            var line = [Span(labelText, focused ? theme.accent : theme.dialog)]
            switch field.value {
            case .multiChoice(let options, let chosen, let cursor):
                line.append(Span(chosen.isEmpty ? "(all selected in the catalog)" : "\(chosen.count) chosen",
                                 theme.dim))
                lines.append(line)
                let indent = String(repeating: " ", count: labelWidth + 3)
                for (position, option) in options.enumerated() {
                    let mark = chosen.contains(option) ? "[x] " : "[ ] "
                    let style = focused && position == cursor ? theme.selection : theme.dialog
                    lines.append([Span(indent, theme.dialog), Span(mark + option, style)])
                }
            default:
                line += valueSpans(field, focused: focused, theme: theme)
                lines.append(line)
            }
            if focused, let hint = field.hint {
                lines.append([Span(String(repeating: " ", count: labelWidth + 3) + hint, theme.dim)])
            }
        }
        if form.fields.contains(where: \.isRequired) {
            lines.append([])
            lines.append([Span("* required", theme.dim)])
        }
        return lines
    }

    private func valueSpans(_ field: FormField, focused: Bool, theme: Theme) -> [Span] {
        let style = focused ? theme.input : theme.dialog
        switch field.value {
        case .text(let input):
            return focused ? withCursor(input.text, input.cursor, style, theme) : [Span(input.text, style)]
        case .secret(let input, let revealed, let untouched):
            if revealed {
                let spans = focused ? withCursor(input.text, input.cursor, theme.secret, theme)
                    : [Span(input.text, theme.secret)]
                return spans + [Span("  revealed", theme.warning)]
            }
            let shown = untouched ? (input.text.isEmpty ? "" : SecretMasking.mask)
                : String(repeating: "•", count: input.text.count)
            return [Span(shown, theme.secret)] + (focused ? [Span("▏", theme.accent)] : [])
        case .choice(let options, let selected):
            var spans: [Span] = []
            for (index, option) in options.enumerated() {
                spans.append(index == selected ? Span("‹\(option)›", focused ? theme.selection : theme.accent)
                                               : Span(" \(option) ", theme.dim))
                spans.append(Span(" ", theme.dialog))
            }
            return spans
        case .toggle(let on):
            return [Span(on ? "[x] yes" : "[ ] no", focused ? theme.selection : style)]
        case .multiChoice:
            return []
        }
    }

    private func withCursor(_ text: String, _ cursor: Int, _ style: Style, _ theme: Theme) -> [Span] {
        let split = text.index(text.startIndex, offsetBy: min(cursor, text.count))
        return [Span(String(text[..<split]), style), Span("▏", theme.accent), Span(String(text[split...]), style)]
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let fitted = DisplayWidth.of(text) > width ? String(text.prefix(max(0, width - 1))) + "…" : text
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }
}
