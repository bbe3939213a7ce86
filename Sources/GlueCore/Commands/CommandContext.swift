/// Where a command's keys are read. A key means one command per context; a dialog reads its own context first, then
/// the ones it shares (every dialog reads `.dialog`; the ones that scroll also read the panes' moves), so a
/// dialog's `k` (keep) shadows the panes' `k` (up) while that dialog is open.
public enum CommandContext: String, Hashable, Sendable, CaseIterable {
    /// The dashboard, no dialog open.
    case panes
    /// Every dialog: yes, no, close.
    case dialog
    /// A question before a change at Hotglue, answered with a key (`confirm`: never Enter).
    case confirmation
    /// The state edit preview and conflict.
    case stateEdit = "state edit"
    /// The link, update and run job forms, while typing.
    case form
    /// The start dialog of drafts and changes of unknown result.
    case recovery = "start dialog"
}
