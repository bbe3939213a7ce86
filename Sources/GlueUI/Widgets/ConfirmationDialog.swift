/// The `.confirm` overlay: the question's lines, then either `y / n` or a field where the target's name is typed,
/// and the last wrong answer in the error colour. Production questions wear the danger badge in their title.
enum ConfirmationDialog {
    static func make(_ confirmation: Confirmation, keymap: Keymap, area: Rect, theme: Theme) -> Dialog {
        let width = max(20, min(70, area.width - 8))
        var lines: [[Span]] = [[]]
        for line in confirmation.lines {
            lines += WordWrap.lines(line, width: width).map { [Span($0, theme.dialog)] }
        }
        lines.append([])
        let hint: [Span]
        switch confirmation.answer {
        case .yesNo:
            let yes = KeyLabel.shown(.confirm, in: keymap), no = KeyLabel.shown(.no, in: keymap)
            lines.append([Span(yes, theme.hintKey), Span(" confirm   ", theme.dialog),
                          Span(no, theme.hintKey), Span(" / ", theme.dialog),
                          Span(KeyLabel.shown(.close, preferring: .escape, in: keymap), theme.hintKey),
                          Span(" cancel", theme.dialog)])
            hint = [Span(yes, theme.hintKey), Span(" / ", theme.dialog), Span(no, theme.hintKey)]
        case .typed(let expected):
            lines.append([Span("Type ", theme.dialog), Span(expected, theme.accent),
                          Span(" and press Enter to confirm:", theme.dialog)])
            lines.append([Span("> ", theme.accent), Span(confirmation.input.text, theme.input), Span("▏", theme.accent)])
            hint = [Span("enter", theme.hintKey), Span(" confirm  ", theme.dialog),
                    Span("esc", theme.hintKey), Span(" cancel", theme.dialog)]
        }
        if let error = confirmation.error {
            lines += WordWrap.lines(error, width: width).map { [Span($0, theme.error)] }
        }
        lines.append([])
        return Dialog(title: confirmation.title, lines: lines, hint: hint, maxBodyWidth: width)
    }
}
