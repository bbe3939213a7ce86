/// The last row: what is being typed (filter or command, with the terminal cursor placed in it), or a passing
/// notice, or the key hints; on the right, the last API error in the operator's words, with its time.
struct FooterBar: Widget {
    var overlay: Overlay?
    var keymap: Keymap
    var activity: ActivityStatus
    /// Whether some pane is failing now: the last error is red while it is, dim once everything recovered.
    var failingNow: Bool
    /// The key hints of the focused pane (`KeyHints.hints(for:)`).
    var hints: [KeyHints.Hint]

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        guard rect.width > 0, rect.height > 0 else { return }
        frame.fill(rect, style: theme.hint)
        switch overlay {
        case .filter(let pane, let input):
            let hint = pane == .jobs ? "enter find · esc clear" : "enter keep · esc clear"
            drawInput(prompt: "/", input: input, hint: hint, into: &frame, rect: rect, theme: theme)
            return
        case .logFilter(let input):
            let hint = LogFilter.isRegexInProgress(input.text) ? "/regex/ · enter apply · esc clear"
                : "text or /regex/ · enter keep · esc clear"
            drawInput(prompt: "&", input: input, hint: hint, into: &frame, rect: rect, theme: theme)
            return
        case .palette(let input):
            drawInput(prompt: ":", input: input, hint: paletteHint(input.text), into: &frame, rect: rect, theme: theme)
            return
        case .help:
            let close = KeyLabel.shown(.close, preferring: .escape, in: keymap)
            frame.putSpans(KeyHints.spans([.init(key: close, label: "close help")], width: rect.width, theme: theme),
                           x: rect.x, y: rect.y, width: rect.width)
            return
        case .message:
            let ok = KeyLabel.shown(.yes, preferring: .enter, in: keymap)
            frame.putSpans(KeyHints.spans([.init(key: ok, label: "ok")], width: rect.width, theme: theme),
                           x: rect.x, y: rect.y, width: rect.width)
            return
        case .confirm, .stateEdit, .form, .journal, .recovery:
            // The dialog says its own keys; the footer keeps what just happened (an error of the last try).
            let close = KeyLabel.shown(.close, preferring: .escape, in: keymap)
            let closing = KeyHints.spans([.init(key: close, label: overlay.map(Self.closeLabel) ?? "close")],
                                         width: rect.width, theme: theme)
            if let notice = activity.notice, !notice.isEmpty {
                frame.putSpans([Span(" " + notice, theme.hint.patched(by: theme.accent))], x: rect.x, y: rect.y,
                               width: rect.width)
            } else {
                frame.putSpans(closing, x: rect.x, y: rect.y, width: rect.width)
            }
            return
        case nil:
            break
        }
        let essentialHints = KeyHints.spans([hints.first, hints.last].compactMap { $0 }, width: rect.width, theme: theme)
        // A notice says what just happened (often the error itself, in the action's words): it is read first,
        // and the last error gets what it leaves of the line.
        let notice = activity.notice.flatMap { $0.isEmpty ? nil : $0 }
        let errorRoom = notice.map { rect.width - DisplayWidth.of($0) - 3 } ?? rect.width - essentialHints.width - 2
        let errorStart = drawLastError(into: &frame, rect: rect, room: errorRoom, theme: theme)
        let room = errorStart - rect.x - 1
        if let notice {
            frame.putSpans([Span(" " + notice, theme.hint.patched(by: theme.accent))], x: rect.x, y: rect.y, width: room)
        } else {
            frame.putSpans(KeyHints.spans(hints, width: room, theme: theme),
                           x: rect.x, y: rect.y, width: room)
        }
    }

    private static func closeLabel(_ overlay: Overlay) -> String {
        switch overlay {
        case .journal: return "close"
        case .recovery: return "later"
        default: return "cancel"
        }
    }

    /// Draws the error on the right, in at most `room` columns (the hints keep "? help … q quit" in the rest), and
    /// returns where it starts. The error is red while some pane is failing, dim once everything recovered.
    private func drawLastError(into frame: inout Frame, rect: Rect, room: Int, theme: Theme) -> Int {
        // Fewer columns than "✗ 12:03:44 " and a few words: left out rather than cut to nothing.
        guard let message = activity.lastError, !message.isEmpty, room >= 20 else { return rect.maxX }
        let time = activity.lastErrorAt.map { ClockText.timeOfDay($0) + " " } ?? ""
        let style = theme.hint.patched(by: failingNow ? theme.error : theme.dim)
        let spans = [Span("✗ " + time + message, style), Span(" ", theme.hint)]
        let width = min(spans.width, max(0, room))
        return frame.putRightAligned(spans, maxX: rect.maxX, y: rect.y, width: width)
    }

    private func drawInput(prompt: String, input: TextInput, hint: String, into frame: inout Frame, rect: Rect,
                           theme: Theme) {
        let hintSpans = [Span(hint + " ", theme.hint.patched(by: theme.dim))]
        let hintWidth = rect.width >= 50 ? hintSpans.width : 0
        let fieldX = rect.x + 1 + DisplayWidth.of(prompt)
        let fieldWidth = max(1, rect.width - (fieldX - rect.x) - hintWidth - 2)
        frame.put(" " + prompt, x: rect.x, y: rect.y, style: theme.hint.patched(by: theme.hintKey))
        // Scroll the text so the cursor stays in view: show the end of what is typed when it is too long.
        let characters = Array(input.text)
        let cursor = min(max(0, input.cursor), characters.count)
        var start = 0
        while DisplayWidth.of(String(characters[start..<cursor])) >= fieldWidth { start += 1 }
        let visible = String(characters[start...])
        frame.put(visible, x: fieldX, y: rect.y, style: theme.hint.patched(by: theme.input), maxWidth: fieldWidth)
        frame.cursor = Point(x: fieldX + DisplayWidth.of(String(characters[start..<cursor])), y: rect.y)
        if hintWidth > 0 {
            frame.putRightAligned(hintSpans, maxX: rect.maxX, y: rect.y, width: hintWidth)
        }
    }

    /// Under the command line: the commands that start with what is typed, or all of them.
    private func paletteHint(_ text: String) -> String {
        let word = text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard !text.contains(" ") else { return "enter run · esc cancel" }
        let matches = PaletteCommand.names.filter { word.isEmpty || $0.hasPrefix(word) }
        if matches.isEmpty { return "no such command · esc cancel" }
        return matches.joined(separator: " ") + " · tab completes"
    }
}
