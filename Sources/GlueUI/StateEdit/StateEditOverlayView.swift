import LosslessJSON

/// The state edit overlay: the diff preview of an edit or undo ("apply these changes?") and the conflict dialog
/// (what changed meanwhile next to what the user changed). A box over the panes that paints only its own
/// rectangle; a diff longer than the box scrolls inside it with `j`/`k`.
struct StateEditOverlayView: Widget {
    var overlay: StateEditOverlay
    var keymap: Keymap
    /// The warning that a job of this connector is running (`runningJobWarning`), if one is.
    var runningJobWarning: String?

    func draw(into frame: inout Frame, rect area: Rect, theme: Theme) {
        guard area.width >= 24, area.height >= 6 else { return }
        let width = min(area.width - 4, 100)
        let bodyWidth = width - 4
        let content = contentLines(width: bodyWidth, theme: theme)
        let height = min(area.height - 2, content.count + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                        width: width, height: height)
        let body = Dialog.drawChrome(into: &frame, rect: rect, title: title, hint: hint(theme), theme: theme)
        var window = Array(content.dropFirst(min(overlay.scroll, max(0, content.count - body.height))))
        if window.count > body.height {
            let hidden = window.count - body.height + 1
            window = Array(window.prefix(body.height - 1))
            window.append([Span("… \(hidden) more line\(hidden == 1 ? "" : "s"): j/k scroll", theme.dim)])
        }
        for (offset, line) in window.enumerated() {
            frame.putSpans(line, x: body.x, y: body.y + offset, width: body.width, clip: body)
        }
    }

    private var ref: ConnectorRef { overlay.write.ref }

    private var title: String {
        switch (overlay.stage, overlay.write.kind) {
        case (.conflict, _): return "Conflict · state of \(ref)"
        case (.preview, .undo): return "Undo · state of \(ref)"
        case (.preview, _): return "Edit · state of \(ref)"
        }
    }

    private func hint(_ theme: Theme) -> [Span] {
        func key(_ name: String, _ words: String) -> [Span] {
            [Span(name, theme.hintKey), Span(" " + words + "  ", theme.dialog)]
        }
        func shown(_ command: Command, _ preferred: Key? = nil) -> String {
            KeyLabel.shown(command, preferring: preferred, in: keymap)
        }
        let reveal = key(shown(.reveal), overlay.revealSecrets ? "mask" : "reveal")
        let cancel = [Span(shown(.close, .escape), theme.hintKey), Span(" cancel", theme.dialog)]
        switch overlay.stage {
        case .preview:
            return key(shown(.yes, .character("y")), "apply") + key(shown(.editAgain), "edit") + reveal + cancel
        case .conflict:
            return key(shown(.overwrite), "overwrite") + key(shown(.editAgain), "re-edit") + reveal + cancel
        }
    }

    private func contentLines(width: Int, theme: Theme) -> [[Span]] {
        var lines: [[Span]] = []
        func say(_ text: String, _ style: Style) {
            lines += WordWrap.lines(text, width: width).map { [Span($0, style)] }
        }
        let target = "the state of \(ref.connector) · tenant \(ref.tenant)"
        let count = changeCount(overlay.changes.count)
        if let warning = runningJobWarning {
            say(warning, theme.warning)
            lines.append([])
        }
        switch overlay.stage {
        case .preview:
            if overlay.write.kind == .undo {
                say("Restore \(target) to what it was before the last change made from gluetop (\(count))?", theme.dialog)
            } else {
                say("Apply \(count) to \(target)?", theme.dialog)
            }
            lines.append([])
            lines += diffLines(overlay.changes, width: width, theme: theme)
        case .conflict(_, let meanwhile):
            say("\(target.prefix(1).uppercased())\(target.dropFirst()) changed at Hotglue after your change started. "
                + "Nothing was written.", theme.dialog)
            lines.append([])
            lines.append([Span("Changed meanwhile (\(changeCount(meanwhile.count))):", theme.warning)])
            lines += diffLines(meanwhile, width: width, theme: theme)
            lines.append([])
            lines.append([Span("Your change (\(count)):", theme.accent)])
            lines += diffLines(overlay.changes, width: width, theme: theme)
        }
        return lines
    }

    private func changeCount(_ count: Int) -> String {
        "\(count) change\(count == 1 ? "" : "s")"
    }

    /// Two lines per change: the mark and the path, then the values (old → new), each cut to the width.
    private func diffLines(_ changes: [JSONChange], width: Int, theme: Theme) -> [[Span]] {
        guard !changes.isEmpty else { return [[Span("  (none)", theme.dim)]] }
        var lines: [[Span]] = []
        for line in StateChangeLine.lines(changes, revealSecrets: overlay.revealSecrets) {
            let markStyle: Style
            switch line.mark {
            case .added: markStyle = theme.success
            case .removed: markStyle = theme.error
            case .changed: markStyle = theme.warning
            }
            lines.append([Span(line.mark.rawValue + " ", markStyle), Span(line.path, theme.jsonKey)])
            var values: [Span] = [Span("    ", theme.dialog)]
            switch (line.old, line.new) {
            case (let old?, let new?):
                values += [Span(old, theme.dim), Span(" → ", theme.dialog), Span(new, theme.jsonString)]
            case (nil, let new?):
                values += [Span(new, theme.jsonString)]
            case (let old?, nil):
                values += [Span("was ", theme.dim), Span(old, theme.dim)]
            case (nil, nil):
                break
            }
            lines.append(values)
        }
        return lines
    }
}
