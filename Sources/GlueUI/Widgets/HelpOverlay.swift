/// `?`: a box over the panes with the focused pane's keys and the dialogs' beside the global ones, and the
/// palette's commands below. Two columns when there is room, else one; rows that do not fit are left out rather than overflowing.
struct HelpOverlay: Widget {
    var content: HelpContent
    var keymap: Keymap

    func draw(into frame: inout Frame, rect area: Rect, theme: Theme) {
        guard area.width >= 20, area.height >= 5 else { return }
        let width = min(area.width - 2, 110)
        let bodyWidth = width - 4
        let twoColumns = bodyWidth >= 70
        let columnWidth = twoColumns ? (bodyWidth - 3) / 2 : bodyWidth
        let left = sectionLines(content.pane, width: columnWidth, theme: theme)
        let right = sectionLines(content.global, width: columnWidth, theme: theme)
        let commandLines = WordWrap.lines("commands  " + content.commands.joined(separator: "  "), width: bodyWidth)
        let columnsHeight = twoColumns ? max(left.count, right.count) : left.count + 1 + right.count
        // The dialogs' keys come last, split over both columns, and only when all of them fit (each dialog also
        // names its keys on its bottom line).
        let dialogLines = sectionLines(content.dialogs, width: twoColumns ? columnWidth : bodyWidth, theme: theme)
        let dialogEntries = Array(dialogLines.dropFirst())
        let half = twoColumns ? (dialogEntries.count + 1) / 2 : dialogEntries.count
        let withoutDialogs = columnsHeight + 1 + commandLines.count + 2
        let showsDialogs = withoutDialogs + 2 + half <= area.height
        let height = min(area.height, withoutDialogs + (showsDialogs ? 2 + half : 0))
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                        width: width, height: height)
        let closeKeys = KeyLabel.shown(.close, preferring: .escape, in: keymap) + " " + KeyLabel.shown(.help, in: keymap)
        let body = Dialog.drawChrome(into: &frame, rect: rect, title: "Help",
                                     hint: [Span(closeKeys, theme.hintKey), Span(" close", theme.dialog)], theme: theme)
        var rows: [[Span]] = []
        if twoColumns {
            for index in 0..<max(left.count, right.count) {
                rows.append(padded(index < left.count ? left[index] : [], to: columnWidth + 3, style: theme.dialog)
                            + (index < right.count ? right[index] : []))
            }
        } else {
            rows = left + [[]] + right
        }
        rows.append([])
        for (index, line) in commandLines.enumerated() {
            if index == 0, line.hasPrefix("commands  ") {
                rows.append([Span("commands", theme.accent), Span(String(line.dropFirst(8)), theme.dim)])
            } else {
                rows.append([Span(line, theme.dim)])
            }
        }
        if showsDialogs {
            rows += [[], dialogLines[0]]
            for index in 0..<half {
                let right = half + index
                rows.append(twoColumns && right < dialogEntries.count
                            ? padded(dialogEntries[index], to: columnWidth + 3, style: theme.dialog) + dialogEntries[right]
                            : dialogEntries[index])
            }
        }
        for (offset, row) in rows.prefix(body.height).enumerated() {
            frame.putSpans(row, x: body.x, y: body.y + offset, width: body.width, clip: body)
        }
    }

    private func sectionLines(_ section: HelpContent.Section, width: Int, theme: Theme) -> [[Span]] {
        let keyWidth = min(14, section.entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        var lines: [[Span]] = [[Span(section.title, theme.accent.patched(by: Style(attributes: .bold)))]]
        for entry in section.entries {
            let keys = DisplayWidth.fits(entry.keys, in: keyWidth)
                ? entry.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of(entry.keys))
                : String(entry.keys.prefix(keyWidth - 1)) + "…"
            lines.append([Span(keys, theme.hintKey), Span("  " + entry.summary, theme.dialog)])
        }
        return lines.map { fitted($0, to: width) }
    }

    /// Spans cut to `width` columns (an ellipsis marks the cut), so a column never runs into the next.
    private func fitted(_ spans: [Span], to width: Int) -> [Span] {
        guard spans.width > width else { return spans }
        var result: [Span] = []
        var room = width - 1
        for span in spans where room > 0 {
            let (head, _) = WordWrap.split(Substring(span.text), at: room)
            let text = DisplayWidth.of(head) > room ? "" : String(head)
            result.append(Span(text, span.style))
            room -= DisplayWidth.of(text)
        }
        result.append(Span("…", spans.last?.style ?? .plain))
        return result
    }

    private func padded(_ spans: [Span], to width: Int, style: Style) -> [Span] {
        spans + [Span(String(repeating: " ", count: max(0, width - spans.width)), style)]
    }
}
