/// The link picker: the filter being typed, then a window of connectors around the selection, each with its id,
/// auth type and marks (linked already, not on the flow).
struct ConnectorPickerLines {
    var picker: ConnectorPicker

    func lines(width: Int, rows: Int, theme: Theme) -> [[Span]] {
        var lines: [[Span]] = [[Span("filter ", theme.dim), Span(picker.filter.text, theme.input),
                                Span("▏", theme.accent)]]
        lines.append([])
        let visible = picker.visible
        guard !visible.isEmpty else {
            lines.append([Span("no connector matches '\(picker.filter.text)'", theme.warning)])
            return lines
        }
        let room = max(3, rows - 3)
        let start = min(max(0, picker.selected - room / 2), max(0, visible.count - room))
        let labelWidth = min(24, visible.map { DisplayWidth.of($0.settings.displayName) }.max() ?? 0)
        let idWidth = min(16, visible.map { DisplayWidth.of($0.settings.id.rawValue) }.max() ?? 0)
        for index in start..<min(visible.count, start + room) {
            let choice = visible[index]
            let selected = index == picker.selected
            var text = (selected ? "› " : "  ") + pad(choice.settings.displayName, labelWidth) + "  "
                + pad(choice.settings.id.rawValue, idWidth) + "  " + pad(choice.settings.type?.rawValue ?? "", 5)
            var marks: [String] = []
            if choice.isLinked { marks.append("linked") }
            if !choice.isSupported { marks.append("not on the flow") }
            if !marks.isEmpty { text += "  " + marks.joined(separator: ", ") }
            let padded = text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
            let style = selected ? theme.selection : choice.isLinked ? theme.dim : theme.dialog
            lines.append([Span(padded, style)])
        }
        lines.append([])
        lines.append([Span("\(visible.count) of \(picker.choices.count) connectors · type to filter", theme.dim)])
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let fitted = DisplayWidth.of(text) > width ? String(text.prefix(max(0, width - 1))) + "…" : text
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }
}
