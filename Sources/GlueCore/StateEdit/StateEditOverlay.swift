import LosslessJSON

/// The state edit overlay between editor runs: the diff preview of an edit or an undo, and the conflict dialog
/// when the state changed at Hotglue meanwhile. It holds the whole change, so every key it answers (apply,
/// edit again, overwrite, re-edit, cancel) has what it needs without looking at the panes.
public struct StateEditOverlay: Hashable, Sendable {
    public enum Stage: Hashable, Sendable {
        /// "This is what will change": `y`/Enter apply, `e` edit again, Esc/`n` cancel.
        case preview
        /// The write was refused: `current` is the state at Hotglue now, `meanwhile` how it got there from the
        /// state the change started from. `o` overwrite anyway, `e` re-edit from `current`, Esc cancel.
        case conflict(current: JSONValue?, meanwhile: [JSONChange])
    }

    public var write: StateWrite
    /// Preview: what applying does. Conflict: what the user changed (from the state the change started from).
    public var changes: [JSONChange]
    /// The text `e` reopens: the user's own for an edit, the target pretty-printed for an undo.
    public var text: String
    public var stage: Stage
    /// `v`: show secret values in the diff (masked until asked for).
    public var revealSecrets = false
    /// First diff line shown (`j`/`k` scroll a long diff; the panes under the dialog do not move).
    public var scroll = 0

    public init(write: StateWrite, changes: [JSONChange], text: String, stage: Stage = .preview) {
        self.write = write
        self.changes = changes
        self.text = text
        self.stage = stage
    }
}
