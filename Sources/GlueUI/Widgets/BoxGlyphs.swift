/// Line-drawing characters for one border weight. The focused pane is drawn heavy, so focus shows even where
/// there is no colour and no bold (a plain `NO_COLOR` terminal, a screenshot pasted into a ticket).
struct BoxGlyphs: Hashable, Sendable {
    var topLeft: Character
    var topRight: Character
    var bottomLeft: Character
    var bottomRight: Character
    var horizontal: Character
    var vertical: Character
    /// `├` and `┤`: where a rule inside a pane meets its border.
    var teeRight: Character
    var teeLeft: Character

    static let light = BoxGlyphs(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                 horizontal: "─", vertical: "│", teeRight: "├", teeLeft: "┤")
    static let heavy = BoxGlyphs(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛",
                                 horizontal: "━", vertical: "┃", teeRight: "┣", teeLeft: "┫")
    /// Dialogs and overlays: rounded, so they read as floating above the panes.
    static let rounded = BoxGlyphs(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
                                   horizontal: "─", vertical: "│", teeRight: "├", teeLeft: "┤")

    static func pane(focused: Bool) -> BoxGlyphs { focused ? .heavy : .light }
}
