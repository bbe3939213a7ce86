/// What a key means, independent of which key it is. The keymap binds keys to these; help lists them.
public enum Action: String, Hashable, Sendable, CaseIterable {
    case moveUp = "up"
    case moveDown = "down"
    case top, bottom
    case pageUp = "page-up"
    case pageDown = "page-down"
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    case focusTenants = "focus-1"
    case focusConnectors = "focus-2"
    case focusDiscover = "focus-3"
    case focusState = "focus-4"
    case focusJobs = "focus-5"
    case zoom
    case back
    case filter
    case palette
    case help
    case refresh
    case follow
    case wrap
    case searchNext = "search-next"
    case searchPrevious = "search-previous"
    case fold
    case expand
    case collapse
    case reveal
    case quit
    case forceQuit = "force-quit"
    case suspend
    case redraw
    /// `d`: start a catalog discovery of the selected connector.
    case discover
    /// `l`: link a connector to the selected tenant (a form from the connector's settings).
    case link
    /// `u`: change the selected connector's config (only changed keys are sent).
    case updateConfig = "update"
    /// `x`: unlink the selected connector, after a confirmation that names it.
    case unlink
    /// `e`: edit the selected connector's state in `$EDITOR`.
    case editState = "edit-state"
    /// `X`: delete the selected connector's state, after a confirmation.
    case resetState = "reset-state"
    /// `z`: restore the state from before the last state change made from gluetop.
    case undoState = "undo-state"
    /// `r`: run a job of the selected connector (a form: type, reset, start date, streams).
    case runJob = "run-job"

    /// Actions that change something at Hotglue: `--readonly` removes them from keys, palette and help.
    public var isMutation: Bool {
        switch self {
        case .discover, .link, .updateConfig, .unlink, .editState, .resetState, .undoState, .runJob: return true
        default: return false
        }
    }

    /// The words the help overlay shows.
    public var summary: String {
        switch self {
        case .moveUp: return "move up"
        case .moveDown: return "move down"
        case .top: return "go to the top"
        case .bottom: return "go to the bottom"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .focusNext: return "next pane"
        case .focusPrevious: return "previous pane"
        case .focusTenants: return "focus tenants"
        case .focusConnectors: return "focus linked connectors"
        case .focusDiscover: return "focus discover"
        case .focusState: return "focus state"
        case .focusJobs: return "focus jobs"
        case .zoom: return "zoom the pane / back"
        case .back: return "back out (close, unzoom, clear filter)"
        case .filter: return "filter the list / search the log"
        case .palette: return "command palette"
        case .help: return "this help"
        case .refresh: return "refresh now"
        case .follow: return "follow / pause the log"
        case .wrap: return "wrap long log lines"
        case .searchNext: return "next match"
        case .searchPrevious: return "previous match"
        case .fold: return "fold / unfold"
        case .expand: return "unfold"
        case .collapse: return "fold"
        case .reveal: return "reveal / mask a secret value"
        case .quit: return "quit"
        case .forceQuit: return "quit"
        case .suspend: return "suspend to the shell"
        case .redraw: return "repaint the screen"
        case .discover: return "discover the catalog"
        case .link: return "link a connector"
        case .updateConfig: return "update the config"
        case .unlink: return "unlink the connector"
        case .editState: return "edit the state ($EDITOR)"
        case .resetState: return "reset (delete) the state"
        case .undoState: return "undo the last state change"
        case .runJob: return "run a job"
        }
    }
}
