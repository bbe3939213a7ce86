import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// At start: what earlier runs left unfinished, one row each (drafts never written, changes whose result is
/// unknown); under the list, the selected one in words: what it was, what the state is now, what the keys do.
struct RecoveryOverlayView: Widget {
    var overlay: RecoveryOverlay
    var now: Date
    var keymap: Keymap

    func draw(into frame: inout Frame, rect area: Rect, theme: Theme) {
        guard area.width >= 20, area.height >= 6 else { return }
        let body = Dialog.drawChrome(into: &frame, rect: area, title: "Unfinished from an earlier run \(overlay.items.count)",
                                     hint: hint(theme), theme: theme)
        let listHeight = min(overlay.items.count, max(2, body.height / 2 - 1))
        let window = overlay.list.offset..<min(overlay.items.count, overlay.list.offset + listHeight)
        for (line, index) in window.enumerated() {
            let selected = index == overlay.list.selected
            let style = selected ? theme.selection : theme.dialog
            frame.fill(Rect(x: body.x, y: body.y + line, width: body.width, height: 1), style: style)
            frame.putSpans([Span(summary(overlay.items[index]), style)], x: body.x, y: body.y + line,
                           width: body.width, clip: body)
        }
        var y = body.y + listHeight
        frame.repeatCharacter("─", x: body.x, y: y, count: body.width, style: theme.dialogBorder)
        y += 1
        guard let item = overlay.selected else { return }
        for (text, style) in details(item, theme: theme) {
            for line in WordWrap.lines(text, width: max(10, body.width)) {
                guard y < body.maxY else { return }
                frame.putSpans([Span(line, style)], x: body.x, y: y, width: body.width, clip: body)
                y += 1
            }
        }
    }

    private func hint(_ theme: Theme) -> [Span] {
        var spans: [Span] = []
        func key(_ name: String, _ label: String) {
            spans += [Span(name, theme.hintKey), Span(" \(label)  ", theme.dialog)]
        }
        func shown(_ command: Command, _ preferred: Key? = nil) -> String {
            KeyLabel.shown(command, preferring: preferred, in: keymap)
        }
        switch overlay.selected {
        case .draft?, .formDraft?:
            key(shown(.resume, .enter), "resume")
            key(shown(.discard), "discard")
        case .unresolved(let change)?:
            if change.isStateChange { key(shown(.undoChange), "undo") }
            key(shown(.keep), "keep")
        case nil:
            break
        }
        key(shown(.close, .escape), "later")
        return spans
    }

    private func summary(_ item: RecoveryItem) -> String {
        switch item {
        case .draft(let found):
            return "draft   state of \(found.ref) · saved \(ClockText.ago(found.savedAt, now: now))"
        case .formDraft(let draft):
            return "draft   \(draft.key.kind.rawValue) of \(draft.key.ref) · saved \(ClockText.ago(draft.time, now: now))"
        case .unresolved(let change):
            let target = change.ref?.description ?? "?"
            return "unknown \(change.entry.action) of \(target) · sent \(ClockText.ago(change.entry.time, now: now))"
        }
    }

    private func details(_ item: RecoveryItem, theme: Theme) -> [(String, Style)] {
        switch item {
        case .draft(let found):
            return [("Your edit of the state of \(found.ref.connector) (tenant \(found.ref.tenant)) was never written: "
                     + "enter shows what it changes, then writes it only if the state is still the one you edited.",
                     theme.dialog)]
        case .formDraft(let draft):
            let what = draft.key.kind == .link ? "Linking \(draft.key.ref.connector) to tenant \(draft.key.ref.tenant)"
                : "Your config update of \(draft.key.ref.connector) (tenant \(draft.key.ref.tenant))"
            var lines: [(String, Style)] = [
                ("\(what) was typed and never sent: enter opens the form with what you typed "
                 + "(\(draft.values.keys.sorted().joined(separator: ", "))).", theme.dialog),
            ]
            if !draft.secretsToRetype.isEmpty {
                lines.append(("Type again: \(draft.secretsToRetype.joined(separator: ", ")). Secrets are never written "
                              + "to disk.", theme.warning))
            }
            return lines
        case .unresolved(let change):
            let entry = change.entry
            let target = change.ref.map { "\($0.connector) · \($0.tenant)" } ?? "?"
            var lines: [(String, Style)] = [
                ("A change (\(entry.action)) of \(target) was sent at \(ClockText.timeOfDay(entry.time)) UTC by "
                 + "\(entry.origin) (profile \(entry.profile)) and its result is unknown.", theme.dialog),
            ]
            switch change.verdict {
            case .applied where !change.isStateChange:
                lines.append(("Hotglue shows it took effect: \(change.evidenceText ?? "?"). k settles it.", theme.success))
            case .notApplied where !change.isStateChange:
                lines.append(("Hotglue shows it did not take effect: \(change.evidenceText ?? "?"). k settles it; "
                              + "do it again if it is still wanted.", theme.warning))
            case .applied:
                lines.append(("The state now matches the change's after: it took effect. u restores the before, "
                              + "k keeps it.", theme.success))
            case .notApplied:
                lines.append(("The state now matches the change's before: it did not take effect. k or u settles it.",
                              theme.warning))
            case .changedSince:
                lines.append(("The state now matches neither its before nor its after: it changed since. u shows "
                              + "what restoring the before would do.", theme.warning))
            case .unchecked(let why):
                lines.append((why.prefix(1).uppercased() + why.dropFirst() + ".", theme.warning))
            }
            lines.append(("request: \(entry.request)", theme.dim))
            if !entry.id.isEmpty { lines.append(("id: \(entry.id) (gluetop journal show \(entry.id))", theme.dim)) }
            return lines
        }
    }
}
