/// Keys to actions. One global table; pane-specific meaning is decided in `update` by the focused pane.
public struct Keymap: Hashable, Sendable {
    public private(set) var bindings: [Key: Action]

    public init(bindings: [Key: Action]) {
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? { bindings[key] }

    /// Every key bound to `action`, in a stable order for help.
    public func keys(for action: Action) -> [Key] {
        bindings.filter { $0.value == action }.map(\.key).sorted { $0.description < $1.description }
    }

    /// DESIGN.md's defaults. Ctrl-A, Ctrl-B and Ctrl-D stay free: tmux and screen own them.
    public static let defaults = Keymap(bindings: [
        .character("k"): .moveUp, .up: .moveUp,
        .character("j"): .moveDown, .down: .moveDown,
        .character("g"): .top, .home: .top,
        .character("G"): .bottom, .end: .bottom,
        .pageUp: .pageUp, .pageDown: .pageDown, .control("u"): .pageUp, .control("f"): .pageDown,
        .tab: .focusNext, .backTab: .focusPrevious,
        .character("1"): .focusTenants, .character("2"): .focusConnectors, .character("3"): .focusDiscover,
        .character("4"): .focusState, .character("5"): .focusJobs,
        .enter: .zoom, .escape: .back,
        .character("/"): .filter, .character(":"): .palette, .character("?"): .help,
        .character("R"): .refresh, .character("f"): .follow, .character("w"): .wrap,
        .character("n"): .searchNext, .character("N"): .searchPrevious,
        // `l` is link (DESIGN.md); the tree unfolds with → and folds with ←.
        .character(" "): .fold, .right: .expand, .left: .collapse, .character("v"): .reveal,
        .character("d"): .discover, .character("l"): .link, .character("u"): .updateConfig,
        .character("x"): .unlink, .character("e"): .editState, .character("X"): .resetState,
        .character("z"): .undoState, .character("r"): .runJob,
        .character("q"): .quit, .control("c"): .forceQuit, .control("z"): .suspend, .control("l"): .redraw,
    ])
}
