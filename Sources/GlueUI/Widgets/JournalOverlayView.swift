import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// `:journal`: the mutations gluetop made, newest first, one line each; under the list, the selected entry in
/// full (request, result, and for state changes the before and after).
struct JournalOverlayView: Widget {
    var journal: JournalOverlay
    var now: Date
    var keymap: Keymap

    func draw(into frame: inout Frame, rect area: Rect, theme: Theme) {
        guard area.width >= 20, area.height >= 6 else { return }
        let rect = area
        let count = journal.listing.map { "\($0.entries.count)" } ?? "…"
        let moveKeys = KeyLabel.shown(.moveDown, in: keymap) + "/" + KeyLabel.shown(.moveUp, in: keymap)
        let body = Dialog.drawChrome(into: &frame, rect: rect, title: "Journal \(count)",
                                     hint: [Span(moveKeys, theme.hintKey), Span(" move  ", theme.dialog),
                                            Span(KeyLabel.shown(.reveal, in: keymap), theme.hintKey),
                                            Span(" reveal  ", theme.dialog),
                                            Span(KeyLabel.shown(.refresh, in: keymap), theme.hintKey),
                                            Span(" reload  ", theme.dialog),
                                            Span(KeyLabel.shown(.close, preferring: .escape, in: keymap), theme.hintKey),
                                            Span(" close", theme.dialog)],
                                     theme: theme)
        if let error = journal.error {
            frame.putSpans([Span("cannot read the journal: \(error)", theme.error)], x: body.x, y: body.y,
                           width: body.width, clip: body)
            return
        }
        guard let listing = journal.listing else {
            frame.putSpans([Span("reading the journal…", theme.dim)], x: body.x, y: body.y, width: body.width, clip: body)
            return
        }
        let rows = journal.rows
        if rows.isEmpty {
            let text = "no changes made from gluetop yet (\(listing.path))"
            frame.putSpans([Span(text, theme.dim)], x: body.x, y: body.y, width: body.width, clip: body)
            return
        }
        let listHeight = min(rows.count, max(3, body.height / 2 - 1))
        let window = journal.list.offset..<min(rows.count, journal.list.offset + listHeight)
        for (line, index) in window.enumerated() {
            let selected = index == journal.list.selected
            let style = selected ? theme.selection : theme.dialog
            let spans = summaryLine(rows[index], style: style, theme: theme, selected: selected)
            frame.fill(Rect(x: body.x, y: body.y + line, width: body.width, height: 1), style: style)
            frame.putSpans(spans, x: body.x, y: body.y + line, width: body.width, clip: body)
        }
        var y = body.y + listHeight
        if listing.unreadableLines > 0 {
            frame.putSpans([Span("\(listing.unreadableLines) line(s) of \(listing.path) could not be read", theme.warning)],
                           x: body.x, y: y, width: body.width, clip: body)
            y += 1
        }
        frame.repeatCharacter("─", x: body.x, y: y, count: body.width, style: theme.dialogBorder)
        y += 1
        guard let entry = journal.selected else { return }
        for line in detailLines(entry, width: body.width, theme: theme) {
            guard y < body.maxY else { break }
            frame.putSpans(line, x: body.x, y: y, width: body.width, clip: body)
            y += 1
        }
    }

    private func summaryLine(_ entry: JournalEntry, style: Style, theme: Theme, selected: Bool) -> [Span] {
        let target = [entry.connector, entry.tenant].compactMap { $0 }.joined(separator: "@")
        let result: Span
        switch entry.outcome {
        case .succeeded: result = Span("✓", selected ? style : theme.success)
        case .failed: result = Span("✗", selected ? style : theme.error)
        case .conflict: result = Span("≠", selected ? style : theme.warning)
        case .refused: result = Span("–", selected ? style : theme.warning)
        case .unknown, .pending: result = Span("?", selected ? style : theme.warning)
        }
        return [Span(ClockText.timeOfDay(entry.time) + " ", selected ? style : theme.logTime), result,
                Span(" " + pad(entry.action, 13) + pad(target, 28) + entry.profile + " · " + entry.origin, style)]
    }

    private func detailLines(_ entry: JournalEntry, width: Int, theme: Theme) -> [[Span]] {
        var lines: [[Span]] = []
        func field(_ name: String, _ value: String, _ style: Style) {
            for (index, text) in WordWrap.lines(value, width: max(10, width - 10)).enumerated() {
                lines.append([Span(index == 0 ? pad(name, 10) : String(repeating: " ", count: 10), theme.dim),
                              Span(text, style)])
            }
        }
        field("when", ClockText.timeOfDay(entry.time) + " UTC (" + ClockText.ago(entry.time, now: now) + ") · env \(entry.envID) · flow \(entry.flowID)", theme.dialog)
        field("request", entry.request, theme.dialog)
        switch entry.outcome {
        case .succeeded: field("result", "succeeded", theme.success)
        case .failed(let message): field("result", "failed: " + message, theme.error)
        case .conflict: field("result", "not written: the state changed meanwhile", theme.warning)
        case .refused(let message): field("result", "not sent: " + message, theme.warning)
        case .unknown(let message):
            field("result", "unknown: sent, but the answer never came (\(message))", theme.warning)
        case .pending: field("result", "unknown: sent, no answer recorded (in flight, or cut off)", theme.warning)
        }
        if !entry.id.isEmpty { field("id", entry.id, theme.dim) }
        if entry.before != nil || entry.after != nil {
            // The journal file keeps the raw documents (undo needs them); the screen masks them as the state pane
            // does, with at most the one value `v` chose shown.
            func shown(_ document: JSONValue?, _ side: JournalSecret.Side) -> String {
                guard let document else { return "(no state)" }
                return SecretMasking.masked(document, revealing: JournalSecret.revealing(journal.revealed, in: side))
                    .compact()
            }
            field("before", shown(entry.before, .before), theme.dialog)
            field("after", shown(entry.after, .after), theme.dialog)
            if let revealed = journal.revealed {
                field("revealed", "\(revealed) — v: next secret", theme.warning)
            }
        }
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let size = DisplayWidth.of(text)
        return size >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - size)
    }
}
