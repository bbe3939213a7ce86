import LosslessJSON

/// Which journal entry `z` asks the runtime for when it remembers no change of the selected connector (gluetop
/// was restarted, or the change came from `gluetop state set/delete/undo`): the last undoable state change of
/// `ref` in this environment and flow, as `gluetop state undo` picks it.
public struct StateUndoLookup: Hashable, Sendable {
    public var ref: ConnectorRef
    public var envID: String
    public var flowID: String

    public init(ref: ConnectorRef, envID: String, flowID: String) {
        self.ref = ref
        self.envID = envID
        self.flowID = flowID
    }
}

/// `z` without an in-memory record of `ref`: ask the runtime to search the journal (`update` reads no files).
func lookUpUndoInJournal(_ model: inout Model, _ ref: ConnectorRef) -> [Effect] {
    model.activity.notice = "undo: looking for the last state change of \(ref) in the journal…"
    return [.findStateUndo(StateUndoLookup(ref: ref, envID: model.connection.envID, flowID: model.connection.flowID))]
}

/// The journal's answer to `Effect.findStateUndo`: the same preview as an undo remembered in memory, or the conflict
/// dialog at once when the state is no longer what that change left (the write would be refused anyway).
func stateUndoFound(_ model: inout Model, _ lookup: StateUndoLookup,
                    _ result: Result<JournalEntry?, JournalLoadError>) -> [Effect] {
    let ref = lookup.ref
    // The user may have moved on while the file was read: a dialog for something no longer on screen would
    // surprise them, so the answer is dropped and `z` can be pressed again.
    guard model.state.connector == ref, model.overlay == nil, model.connection.envID == lookup.envID,
          model.connection.flowID == lookup.flowID else {
        model.activity.notice = "undo of \(ref) dropped: the selection changed while the journal was read, press z again"
        return []
    }
    let entry: JournalEntry
    switch result {
    case .failure(let error):
        model.activity.notice = "undo: cannot read the journal (\(error.message)); nothing was changed"
        return []
    case .success(nil):
        model.activity.notice = "undo: nothing to undo for \(ref) (no state change of it in the journal)"
        return []
    case .success(let found?):
        entry = found
    }
    guard case .some(let current) = model.state.document else {
        model.activity.notice = "undo: the state of \(ref) is not loaded any more, wait for it or press R, then z"
        return []
    }
    let change = "the \(entry.action) by \(entry.origin == "cli" ? "a script" : "gluetop") (profile \(entry.profile))"
    if previewUndo(&model, ref, current: current, before: entry.before, after: entry.after, change: change) {
        model.activity.notice = "undo: the last journaled state change of \(ref) is \(change): y restores the state from before it"
    }
    return []
}

/// Opens the undo overlay restoring `before`: the preview while the state still is `after` (true), else the
/// conflict dialog showing both changes, as a write refused by the performer would, with `o` to restore anyway
/// (false). False too, after saying so, when the state already is `before`. `change` names the change undone.
@discardableResult
func previewUndo(_ model: inout Model, _ ref: ConnectorRef, current: JSONValue?, before: JSONValue?,
                 after: JSONValue?, change: String) -> Bool {
    let changes = StateDiff.changes(from: current, to: before)
    guard !changes.isEmpty else {
        model.activity.notice = "undo: the state of \(ref) already is what it was before \(change)"
        return false
    }
    let write = StateWrite(ref: ref, kind: .undo, expected: .unchanged(after), target: before)
    let text = StateEditText.document(before)
    guard write.expected.isMet(by: current) else {
        model.overlay = .stateEdit(StateEditOverlay(
            write: write, changes: StateDiff.changes(from: after, to: before), text: text,
            stage: .conflict(current: current, meanwhile: StateDiff.changes(from: after, to: current))))
        model.activity.notice = "undo: the state of \(ref) changed since \(change): o restores it anyway, Esc leaves it"
        return false
    }
    model.overlay = .stateEdit(StateEditOverlay(write: write, changes: changes, text: text))
    return true
}
