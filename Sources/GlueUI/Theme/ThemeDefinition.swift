/// One style as a theme file writes it, before it is checked: GlueApp reads the YAML (with Yams) into these.
/// `attrs` is a list of words; `StyleDefinition.attributeWords(in:)` splits a single scalar (`bold reverse`).
public struct StyleDefinition: Hashable, Sendable {
    public var fg: String?
    public var bg: String?
    public var attrs: [String]
    /// The line of the style's key in the file, for error messages (Yams nodes carry it in `mark`).
    public var line: Int?

    public init(fg: String? = nil, bg: String? = nil, attrs: [String] = [], line: Int? = nil) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
        self.line = line
    }

    /// Splits `bold, reverse` / `bold reverse` / `bold|reverse` into words.
    public static func attributeWords(in text: String) -> [String] {
        text.split { $0 == "," || $0 == " " || $0 == "|" || $0 == "\t" }.map(String.init)
    }
}

/// Why a theme file was refused, naming the file, the line, the key and the reason:
/// `themes/dusk.yaml line 12: styles.focusedBorder.fg: unknown colour 'bleu': use a name (red, …)`.
public struct ThemeDefinitionError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var key: String
    public var reason: String

    public init(file: String?, line: Int?, key: String, reason: String) {
        self.file = file
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String {
        var place = file ?? "theme"
        if let line { place += " line \(line)" }
        return "\(place): \(key): \(reason)"
    }
}

/// A theme file's content, checked: every key is a known role, every colour and attribute word is understood.
/// Roles the file leaves out come from its base theme (`base:`, default `default`), so a file can change only a few.
public struct ThemeDefinition: Hashable, Sendable {
    public var name: String
    public var base: Theme
    public var styles: [ThemeRole: Style]

    /// - Parameters:
    ///   - definitions: the `styles:` map, keyed by role name (`focusedBorder`).
    ///   - baseName: the file's `base:` value, if any: one of the built-in theme names.
    ///   - file: the file's path as the user would recognise it, for errors.
    public init(name: String, definitions: [String: StyleDefinition], baseName: String? = nil,
                file: String? = nil) throws(ThemeDefinitionError) {
        self.name = name
        if let baseName {
            guard let base = Theme.builtIn(named: baseName) else {
                let names = Theme.builtIn.map(\.name).joined(separator: ", ")
                throw ThemeDefinitionError(file: file, line: nil, key: "base",
                                           reason: "unknown base theme '\(baseName)': use \(names)")
            }
            self.base = base
        } else {
            base = .default
        }
        var styles: [ThemeRole: Style] = [:]
        // Sorted so that the first error reported is the same on every run.
        for (key, definition) in definitions.sorted(by: { ($0.value.line ?? 0, $0.key) < ($1.value.line ?? 0, $1.key) }) {
            guard let role = ThemeRole(rawValue: key) else {
                throw ThemeDefinitionError(file: file, line: definition.line, key: "styles.\(key)",
                                           reason: Self.unknownRoleReason(key))
            }
            styles[role] = try Self.style(definition, key: "styles.\(key)", file: file)
        }
        self.styles = styles
    }

    public var theme: Theme {
        var theme = base
        theme.name = name
        for (role, style) in styles { theme[role] = style }
        return theme
    }

    private static func style(_ definition: StyleDefinition, key: String,
                              file: String?) throws(ThemeDefinitionError) -> Style {
        func fail(_ field: String, _ reason: String) -> ThemeDefinitionError {
            ThemeDefinitionError(file: file, line: definition.line, key: "\(key).\(field)", reason: reason)
        }
        var style = Style()
        if let fg = definition.fg {
            switch ThemeValueParser.color(fg) {
            case .success(let color): style.foreground = color
            case .failure(let problem): throw fail("fg", problem.reason)
            }
        }
        if let bg = definition.bg {
            switch ThemeValueParser.color(bg) {
            case .success(let color): style.background = color
            case .failure(let problem): throw fail("bg", problem.reason)
            }
        }
        switch ThemeValueParser.attributes(definition.attrs) {
        case .success(let attributes): style.attributes = attributes
        case .failure(let problem): throw fail("attrs", problem.reason)
        }
        return style
    }

    private static func unknownRoleReason(_ key: String) -> String {
        let lowered = key.lowercased().filter { $0 != "_" && $0 != "-" }
        if let close = ThemeRole.allCases.first(where: { $0.rawValue.lowercased() == lowered }) {
            return "unknown style '\(key)': did you mean \(close.rawValue)?"
        }
        let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
        return "unknown style '\(key)': known styles are \(known)"
    }
}

extension Theme {
    /// A theme from a file's checked definitions: `try Theme(name: "dusk", definitions: styles, file: path)`.
    public init(name: String, definitions: [String: StyleDefinition], baseName: String? = nil,
                file: String? = nil) throws(ThemeDefinitionError) {
        self = try ThemeDefinition(name: name, definitions: definitions, baseName: baseName, file: file).theme
    }
}
