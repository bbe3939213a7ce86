/// The meanings a theme gives a style to. The raw value is the key under `styles:` in a theme file.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case text, dim, accent, brand
    case border, focusedBorder, title, focusedTitle
    case header, selection, selectionUnfocused, match
    case success, warning, error, running
    case jsonKey, jsonString, jsonNumber, jsonBool, jsonNull, jsonPunctuation, secret
    case logTime, progressFilled, progressEmpty
    case statusBar, hint, hintKey, badge, dangerBadge
    case dialog, dialogBorder, input

    /// Where the role's style lives in a `Theme`.
    var keyPath: WritableKeyPath<Theme, Style> {
        switch self {
        case .text: return \.text
        case .dim: return \.dim
        case .accent: return \.accent
        case .brand: return \.brand
        case .border: return \.border
        case .focusedBorder: return \.focusedBorder
        case .title: return \.title
        case .focusedTitle: return \.focusedTitle
        case .header: return \.header
        case .selection: return \.selection
        case .selectionUnfocused: return \.selectionUnfocused
        case .match: return \.match
        case .success: return \.success
        case .warning: return \.warning
        case .error: return \.error
        case .running: return \.running
        case .jsonKey: return \.jsonKey
        case .jsonString: return \.jsonString
        case .jsonNumber: return \.jsonNumber
        case .jsonBool: return \.jsonBool
        case .jsonNull: return \.jsonNull
        case .jsonPunctuation: return \.jsonPunctuation
        case .secret: return \.secret
        case .logTime: return \.logTime
        case .progressFilled: return \.progressFilled
        case .progressEmpty: return \.progressEmpty
        case .statusBar: return \.statusBar
        case .hint: return \.hint
        case .hintKey: return \.hintKey
        case .badge: return \.badge
        case .dangerBadge: return \.dangerBadge
        case .dialog: return \.dialog
        case .dialogBorder: return \.dialogBorder
        case .input: return \.input
        }
    }

    /// What the role colours, for theme authors and error messages.
    public var summary: String {
        switch self {
        case .text: return "ordinary text"
        case .dim: return "secondary text: counts, placeholders, debug log lines"
        case .accent: return "names worth noticing: the profile, the tenant in a title"
        case .brand: return "the gluetop name in the header"
        case .border: return "pane borders"
        case .focusedBorder: return "the border of the focused pane"
        case .title: return "pane titles"
        case .focusedTitle: return "the title of the focused pane"
        case .header: return "table column headers"
        case .selection: return "the selected row of the focused pane"
        case .selectionUnfocused: return "the selected row of other panes"
        case .match: return "text matching the filter or search"
        case .success: return "finished well: ✓, SUCCEEDED, live"
        case .warning: return "needs a look: stale data, retries, warnings"
        case .error: return "failed: ✗, *_FAILED, errors"
        case .running: return "in progress: RUNNING, *_STARTED"
        case .jsonKey: return "member names in the state tree"
        case .jsonString: return "strings in the state tree"
        case .jsonNumber: return "numbers in the state tree"
        case .jsonBool: return "true and false in the state tree"
        case .jsonNull: return "null in the state tree"
        case .jsonPunctuation: return "braces, brackets, colons and commas"
        case .secret: return "a masked secret"
        case .logTime: return "the time column of the log"
        case .progressFilled: return "the done part of a progress bar"
        case .progressEmpty: return "the rest of a progress bar"
        case .statusBar: return "the header line"
        case .hint: return "the key-hint line"
        case .hintKey: return "keys in the key-hint line"
        case .badge: return "the READ-ONLY and DEMO marks"
        case .dangerBadge: return "the PRODUCTION mark"
        case .dialog: return "dialogs and the help overlay"
        case .dialogBorder: return "the border of dialogs"
        case .input: return "text being typed (filter, command)"
        }
    }
}
