import HotglueModels

/// The link / update / run job form over the panes: a box that paints only its own rectangle, with the step's
/// lines (loading, picker, fields, preview, parallel-job question) and the step's keys in its bottom edge.
/// Secrets are masked unless the user revealed that one field.
struct ChangeFormView: Widget {
    var form: ChangeForm
    var keymap: Keymap

    func draw(into frame: inout Frame, rect area: Rect, theme: Theme) {
        guard area.width >= 24, area.height >= 6 else { return }
        let width = min(area.width - 4, 84)
        let bodyWidth = width - 4
        var content = contentLines(width: bodyWidth, rows: area.height - 4, theme: theme)
        let height = min(area.height - 2, content.count + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                        width: width, height: height)
        let body = Dialog.drawChrome(into: &frame, rect: rect, title: form.title, hint: hint(theme), theme: theme)
        if content.count > body.height {
            content = Array(content.prefix(body.height - 1)) + [[Span("…", theme.dim)]]
        }
        for (offset, line) in content.enumerated() {
            frame.putSpans(line, x: body.x, y: body.y + offset, width: body.width, clip: body)
        }
    }

    private func contentLines(width: Int, rows: Int, theme: Theme) -> [[Span]] {
        var lines: [[Span]] = [[]]
        if let error = form.error, form.stage != .previewing {
            lines += WordWrap.lines(error, width: width).map { [Span($0, theme.error)] }
            lines.append([])
        }
        if let resumed = form.resumedAt, form.stage == .editing {
            lines += WordWrap.lines("Resumed what you typed (saved \(ClockText.timeOfDay(resumed))): ctrl+x clears it.",
                                    width: width).map { [Span($0, theme.dim)] }
            if !form.secretsToRetype.isEmpty {
                lines += WordWrap.lines("Type again: \(form.secretsToRetype.joined(separator: ", ")) (secrets are never "
                                        + "written to disk).", width: width).map { [Span($0, theme.warning)] }
            }
            lines.append([])
        }
        switch form.stage {
        case .loading(let what):
            lines.append([Span(what, theme.dim)])
        case .picking:
            if let picker = form.picker {
                lines += ConnectorPickerLines(picker: picker).lines(width: width, rows: rows - lines.count - 1,
                                                                    theme: theme)
            }
        case .editing:
            lines += ActionFormFieldLines(form: form).lines(width: width, theme: theme)
        case .previewing:
            lines += previewLines(width: width, theme: theme)
        case .parallelRefused(let said):
            lines += WordWrap.lines("The API refused the job: \(said)", width: width).map { [Span($0, theme.warning)] }
            lines.append([])
            lines += WordWrap.lines("Send it again with ignore_parallel_jobs, to run next to the job already running?",
                                    width: width).map { [Span($0, theme.dialog)] }
        }
        lines.append([])
        return lines
    }

    private func previewLines(width: Int, theme: Theme) -> [[Span]] {
        let preview = form.previewLines
        guard let first = preview.first else { return [] }
        var lines: [[Span]] = [[Span(first, theme.accent)]]
        for line in preview.dropFirst() {
            let style: Style = line.contains(SecretMasking.mask) ? theme.secret
                : line.hasPrefix(" ") || line.hasPrefix("{") || line.hasPrefix("}") ? theme.jsonString : theme.warning
            lines.append([Span(line, style)])
        }
        lines.append([])
        lines.append([Span("Nothing is sent until you press Enter.", theme.dim)])
        return lines
    }

    private func hint(_ theme: Theme) -> [Span] {
        func key(_ name: String, _ words: String) -> [Span] {
            [Span(name, theme.hintKey), Span(" " + words + "  ", theme.dialog)]
        }
        let cancel = [Span("esc", theme.hintKey), Span(" cancel", theme.dialog)]
        switch form.stage {
        case .loading:
            return cancel
        case .picking:
            return key("↑↓", "move") + key("enter", "pick") + cancel
        case .editing:
            let submit: String
            switch form.purpose {
            case .link: submit = "preview"
            case .update: submit = "send changes"
            case .runJob: submit = "run"
            }
            var spans = key("enter", submit) + key("tab", "next")
            if form.focusedField?.isSecret == true { spans += key(KeyLabel.shown(.revealField, in: keymap), "reveal") }
            if case .update = form.purpose { spans += key(KeyLabel.shown(.openEditor, in: keymap), "$EDITOR") }
            return spans + cancel
        case .previewing:
            return key(KeyLabel.shown(.yes, preferring: .enter, in: keymap), "link")
                + [Span(KeyLabel.shown(.close, preferring: .escape, in: keymap), theme.hintKey), Span(" back", theme.dialog)]
        case .parallelRefused:
            return key(KeyLabel.shown(.yes, preferring: .character("y"), in: keymap), "send again")
                + [Span(KeyLabel.shown(.no, in: keymap), theme.hintKey), Span(" back", theme.dialog)]
        }
    }
}
