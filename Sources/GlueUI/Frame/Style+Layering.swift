extension Style {
    /// This style with `top` laid over it: `top`'s colours win where it sets them, attributes add up. Used where
    /// one meaning sits on another (a filter match inside the selection bar), so that neither hides the other.
    public func patched(by top: Style) -> Style {
        Style(foreground: top.foreground ?? foreground,
              background: top.background ?? background,
              attributes: attributes.union(top.attributes))
    }
}
