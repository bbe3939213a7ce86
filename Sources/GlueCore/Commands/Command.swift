/// A command: what a key press or a palette line asks for, whichever key or words it came from. Each one is
/// declared once, with its keys, where it applies, its words and its palette form, in `CommandTable`; the raw value
/// is its name in the config's `keymap:` and in README's key table.
public enum Command: String, Hashable, Sendable, CaseIterable {
    // Moving, in the panes and in the dialogs that scroll.
    case moveUp = "up"
    case moveDown = "down"
    case top, bottom
    case pageUp = "page-up"
    case pageDown = "page-down"
    // Panes.
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
    /// `t`: the log's times of day, since the job started, or hidden.
    case timestamps
    /// `&`: show only the log lines matching a text or a `/regular expression/`, as less does.
    case logFilter = "log-filter"
    /// `:context N`: lines shown around each match of the log filter.
    case logContext = "context"
    /// `s`: the selected job's whole log to a file (`:save [PATH]`).
    case saveLog = "save-log"
    /// `c`: what is under the cursor to the terminal's clipboard (OSC 52); `:copy [id|root|log]`.
    case copy
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
    // Changes at Hotglue.
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
    /// `P`: the pulse, every failing, stuck and running job across the tenants; `P` again goes back.
    case pulse
    // Palette only (no default key: they take words, or are rare enough not to need one).
    case selectTenant = "tenant"
    case showJobs = "jobs"
    case theme
    case journal
    case profile
    // Dialogs.
    /// A question's yes: apply the previewed edit, send the form, send again beside a running job.
    case yes
    /// A question before a change at Hotglue: make the change. Not Enter: a reflex must not change anything.
    case confirm
    /// A question's no: cancel it (a form's preview goes back to its fields).
    case no
    /// Closes a dialog (a question: as no).
    case close
    /// The state edit preview and conflict: back to the editor.
    case editAgain = "edit-again"
    /// The state edit conflict: write the edit over the change made meanwhile.
    case overwrite
    /// The start dialog: resume the selected draft.
    case resume
    /// The start dialog: throw the selected draft away.
    case discard
    /// The start dialog: leave the selected change of unknown result as it is.
    case keep
    /// The start dialog: undo the selected state change of unknown result.
    case undoChange = "undo-change"
    /// A form's field: show or mask a secret being typed.
    case revealField = "reveal-field"
    /// The update form: edit the config as JSON in `$EDITOR`.
    case openEditor = "open-editor"
    /// A form: forget the draft it was resumed from and start from the connector's values.
    case clearDraft = "clear-draft"
}
