/// What sits on top of the panes and takes the keys first.
public enum Overlay: Hashable, Sendable {
    /// `?`: the keys of the focused pane and the global ones.
    case help
    /// `:`: a command line with completion of command names.
    case palette(TextInput)
    /// `/`: typing filters the focused list (or searches the log) live.
    case filter(PaneID, TextInput)
    /// `&` in the jobs pane: typing filters the log's lines live (a `/regex/` when Enter is pressed).
    case logFilter(TextInput)
    /// A message that needs acknowledging (errors of commands, "nothing to do").
    case message(title: String, body: String)
    /// A question before a change at Hotglue; the list under it does not move. Indirect: a confirmation holds the
    /// overlay a cancel returns to.
    indirect case confirm(Confirmation)
    /// The state edit flow between editor runs: diff preview, conflict, undo preview.
    case stateEdit(StateEditOverlay)
    /// A form for link, update and run job.
    case form(ChangeForm)
    /// `:journal`: the mutations gluetop made, newest first.
    case journal(JournalOverlay)
    /// At start: drafts and changes of unknown result that earlier runs left.
    case recovery(RecoveryOverlay)
}
