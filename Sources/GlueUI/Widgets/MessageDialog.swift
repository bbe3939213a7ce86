/// The `.message` overlay: a title, the text word-wrapped to a readable width, and the key that closes it.
enum MessageDialog {
    static func make(title: String, body: String, area: Rect, theme: Theme) -> Dialog {
        let width = max(10, min(60, area.width - 8))
        let lines = WordWrap.lines(body, width: width).map { [Span($0, theme.dialog)] }
        return Dialog(title: title, lines: [[]] + lines + [[]],
                      hint: [Span("enter", theme.hintKey), Span(" ok", theme.dialog)], maxBodyWidth: width)
    }
}
