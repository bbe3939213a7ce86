import LosslessJSON

/// The state document as a foldable tree (rows from GlueCore's `JSONTree`): two columns of indent per level, `▾`/`▸`
/// before what can fold, folded members as `{ … 3 keys }`, scalars coloured by kind and secrets as the mask in
/// their own style. Numbers are shown with the exact text they arrived with.
struct JSONTreeView: Widget {
    var rows: [JSONTreeRow]
    var cursor: ListState
    var focused: Bool

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let window = ListWindow(list: cursor, total: rows.count, rows: rect.height)
        for (offset, index) in window.indices.enumerated() {
            let y = rect.y + offset
            frame.putSpans(Self.spans(rows[index], theme: theme), x: rect.x, y: y, width: rect.width)
            if index == window.selected {
                let bar = focused ? theme.selection : theme.selectionUnfocused
                frame.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) { $0.patched(by: bar) }
            }
        }
    }

    static func spans(_ row: JSONTreeRow, theme: Theme) -> [Span] {
        var spans: [Span] = []
        let indent = String(repeating: " ", count: row.depth * 2)
        let punctuation = theme.jsonPunctuation
        switch row.kind {
        case .open(_, let childCount, let folded) where childCount > 0:
            spans.append(Span(indent + (folded ? "▸ " : "▾ "), theme.dim))
        default:
            spans.append(Span(indent + "  ", punctuation))
        }
        if let key = row.key {
            spans.append(Span(quoted(key), theme.jsonKey))
            spans.append(Span(": ", punctuation))
        }
        switch row.kind {
        case .open(let isObject, let childCount, let folded):
            let (open, close) = isObject ? ("{", "}") : ("[", "]")
            if childCount == 0 {
                spans.append(Span(open + close, punctuation))
            } else if folded {
                spans.append(Span(open + " ", punctuation))
                let count = isObject ? NumberText.counted(childCount, "key") : NumberText.counted(childCount, "item")
                spans.append(Span("… " + count, theme.dim))
                spans.append(Span(" " + close, punctuation))
            } else {
                spans.append(Span(open, punctuation))
            }
        case .close(let isObject):
            spans.append(Span(isObject ? "}" : "]", punctuation))
        case .scalar(let text, let kind):
            spans.append(Span(text, style(of: kind, theme)))
        }
        if row.trailingComma { spans.append(Span(",", punctuation)) }
        return spans
    }

    private static func style(of kind: JSONTreeRow.ScalarKind, _ theme: Theme) -> Style {
        switch kind {
        case .string: return theme.jsonString
        case .number: return theme.jsonNumber
        case .bool: return theme.jsonBool
        case .null: return theme.jsonNull
        case .secret: return theme.secret
        }
    }

    /// A member name as JSON writes it: quoted, with quotes, backslashes and control characters escaped.
    static func quoted(_ key: String) -> String {
        JSONValue.string(JSONString(key)).compact()
    }
}
