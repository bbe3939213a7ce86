import LosslessJSON

/// `e`, `X`, `z` (read-only was refused before this is called). Each refuses with a reason when there is no
/// connector selected or its state has not loaded; none of them moves a list.
func startStateChange(_ model: inout Model, _ action: Command) -> [Effect] {
    switch action {
    case .editState: return startEdit(&model)
    case .resetState: return startReset(&model)
    case .undoState: return startUndo(&model)
    default: return []
    }
}

/// `e`: the state (or the draft left from before) in `$EDITOR`.
private func startEdit(_ model: inout Model) -> [Effect] {
    guard case let (ref, state)? = selectedState(&model, doing: "edit state") else { return [] }
    if let draft = model.stateEdits.drafts[ref] {
        model.stateEdits.editing = .init(ref: ref, original: draft.original)
        model.activity.notice = "editing your unsaved draft of the state of \(ref)"
        let header = StateEditText.draftHeader(ref, stateChangedSince: !StateDiff.same(draft.original, state))
        return [.openEditor(EditorRequest(purpose: .state(ref), text: draft.text, header: header))]
    }
    model.stateEdits.editing = .init(ref: ref, original: state)
    return [.openEditor(EditorRequest(purpose: .state(ref), text: StateEditText.document(state),
                                      header: StateEditText.editHeader(ref)))]
}

/// `X`: delete the state, after the connector's name is typed.
private func startReset(_ model: inout Model) -> [Effect] {
    guard case let (ref, state)? = selectedState(&model, doing: "reset state") else { return [] }
    guard state != nil else {
        model.activity.notice = "reset state: \(ref) has no state, nothing to delete"
        return []
    }
    // Refused when the state moved on since it was shown: the operator confirms deleting what they saw.
    let write = StateWrite(ref: ref, kind: .reset, expected: .unchanged(state), target: .none)
    let notice = "deleting the state of \(ref)…"
    let confirmation = Confirmation(
        title: "Reset state of \(ref.connector)",
        lines: ["Delete the state of \(ref.connector) for tenant \(ref.tenant)?",
                "Its next job runs a full sync. z restores the state afterwards."]
            // The question's lines are not wrapped: the warning goes on short lines of its own.
            + (runningJobWarning(model, ref).map { _ in runningJobWarningLines(model, ref) } ?? []),
        answer: .typed(ref.connector.rawValue), request: .state(.write(write)), pendingNotice: notice)
    return requestChange(&model, .state(.write(write)), confirmation: confirmation, notice: notice)
}

/// `z`: preview restoring the state from before the last change of the selected connector. Undoing an undo redoes.
/// The change made from this run is remembered; without one for this connector the journal is asked, which also
/// knows changes from before a restart and from `gluetop state` scripts.
private func startUndo(_ model: inout Model) -> [Effect] {
    guard case let (ref, current)? = selectedState(&model, doing: "undo") else { return [] }
    guard let record = model.stateEdits.undo, record.ref == ref else { return lookUpUndoInJournal(&model, ref) }
    previewUndo(&model, ref, current: current, before: record.before, after: record.after,
                change: "the last change")
    return []
}

/// The selected connector and its loaded state (nil inside: it has none), or nil after saying why not.
private func selectedState(_ model: inout Model, doing what: String) -> (ConnectorRef, JSONValue?)? {
    guard let ref = model.state.connector else {
        model.activity.notice = "\(what): no connector selected, pick one in the linked connectors pane"
        return nil
    }
    guard case .some(let state) = model.state.document else {
        let why = model.state.load.lastError.map { " (\($0.message))" } ?? ""
        model.activity.notice = "\(what): the state of \(ref) is not loaded yet\(why), wait for it or press R"
        return nil
    }
    return (ref, state)
}
