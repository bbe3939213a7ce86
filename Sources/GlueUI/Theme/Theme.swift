/// Styles by meaning. Widgets ask for `theme.selection`, never for a colour, so a theme file changes every screen.
public struct Theme: Hashable, Sendable {
    public var name: String

    public var text: Style
    public var dim: Style
    public var accent: Style
    public var brand: Style
    public var border: Style
    public var focusedBorder: Style
    public var title: Style
    public var focusedTitle: Style
    public var header: Style
    public var selection: Style
    public var selectionUnfocused: Style
    public var match: Style
    public var success: Style
    public var warning: Style
    public var error: Style
    public var running: Style
    public var jsonKey: Style
    public var jsonString: Style
    public var jsonNumber: Style
    public var jsonBool: Style
    public var jsonNull: Style
    public var jsonPunctuation: Style
    public var secret: Style
    public var logTime: Style
    public var progressFilled: Style
    public var progressEmpty: Style
    public var statusBar: Style
    public var hint: Style
    public var hintKey: Style
    public var badge: Style
    public var dangerBadge: Style
    public var dialog: Style
    public var dialogBorder: Style
    public var input: Style

    /// A theme with every role plain; the built-in themes start from it.
    public init(name: String) {
        self.name = name
        text = .plain; dim = .plain; accent = .plain; brand = .plain
        border = .plain; focusedBorder = .plain; title = .plain; focusedTitle = .plain
        header = .plain; selection = .plain; selectionUnfocused = .plain; match = .plain
        success = .plain; warning = .plain; error = .plain; running = .plain
        jsonKey = .plain; jsonString = .plain; jsonNumber = .plain; jsonBool = .plain; jsonNull = .plain
        jsonPunctuation = .plain; secret = .plain
        logTime = .plain; progressFilled = .plain; progressEmpty = .plain
        statusBar = .plain; hint = .plain; hintKey = .plain; badge = .plain; dangerBadge = .plain
        dialog = .plain; dialogBorder = .plain; input = .plain
    }

    public subscript(role: ThemeRole) -> Style {
        get { self[keyPath: role.keyPath] }
        set { self[keyPath: role.keyPath] = newValue }
    }

    /// The built-in themes by name: `default`, `high-contrast`, `mono`.
    public static let builtIn: [Theme] = [.default, .highContrast, .mono]

    public static func builtIn(named name: String) -> Theme? {
        builtIn.first { $0.name == name }
    }
}
