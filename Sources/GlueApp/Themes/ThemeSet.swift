import GlueUI

/// The themes `:theme` can switch between, by name; the monochrome one stands in when colour is off.
public struct ThemeSet: Sendable {
    public var themes: [String: Theme]
    public var fallback: Theme
    /// NO_COLOR or a terminal without colours: every name draws with the monochrome theme.
    public var forceMonochrome: Bool

    public init(themes: [String: Theme], fallback: Theme, forceMonochrome: Bool = false) {
        self.themes = themes
        self.fallback = fallback
        self.forceMonochrome = forceMonochrome
    }

    public var names: [String] { themes.keys.sorted() }

    public func theme(named name: String) -> Theme {
        if forceMonochrome { return themes["mono"] ?? fallback }
        return themes[name] ?? fallback
    }
}
