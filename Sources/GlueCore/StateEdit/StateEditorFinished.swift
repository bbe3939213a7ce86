import LosslessJSON

/// `$EDITOR` came back with the state. Failed: nothing changes. Killed: what it saved becomes a draft.
/// Unchanged (or only reformatted): "no change".
/// Not JSON: the editor again, on the user's own text, with the error on top. Otherwise: the diff preview.
func stateEditorFinished(_ model: inout Model, _ ref: ConnectorRef, _ request: EditorRequest,
                         _ outcome: EditorOutcome) -> [Effect] {
    let original: JSONValue?
    if let editing = model.stateEdits.editing, editing.ref == ref {
        original = editing.original
    } else if model.state.connector == ref, case .some(let state) = model.state.document {
        original = state
    } else {
        model.activity.notice = "edit state: lost track of where the edit of \(ref) started, nothing was changed"
        return []
    }
    let pristine = StateEditText.document(original)
    switch outcome {
    case .failed(let reason):
        model.stateEdits.editing = nil
        let said = reason.hasSuffix("nothing was changed") ? reason : reason + " — nothing was changed"
        // A re-opened editor held the user's own text (a draft, an invalid attempt, a re-edit): keep it.
        if request.text != pristine {
            model.stateEdits.drafts[ref] = .init(text: request.text, original: original)
            model.activity.notice = said + "; your text is kept as a draft: e reopens it"
        } else {
            model.activity.notice = said
        }
        return []
    case .killed(let reason, let saved):
        model.stateEdits.editing = nil
        // What the editor saved, else the user's own text it was opened on (a draft, an invalid attempt).
        guard let kept = saved ?? (request.text != pristine ? request.text : nil) else {
            model.activity.notice = reason + ": nothing was changed"
            return []
        }
        model.stateEdits.drafts[ref] = .init(text: kept, original: original)
        model.activity.notice = reason + ": nothing was written; what it saved is kept as a draft: e reopens it"
        return []
    case .edited(let text):
        if text.allSatisfy(\.isWhitespace) {
            model.stateEdits.editing = nil
            let hadDraft = model.stateEdits.drafts.removeValue(forKey: ref) != nil
            model.activity.notice = "empty file: nothing was changed" + (hadDraft ? " (draft thrown away)" : "")
            return []
        }
        let edited: JSONValue
        do {
            edited = try JSONValue.parse(text)
        } catch {
            return [.openEditor(EditorRequest(purpose: .state(ref), text: text,
                                              header: StateEditText.parseErrorHeader(error)))]
        }
        model.stateEdits.editing = nil
        let changes = StateDiff.changes(from: original, to: edited)
        guard !changes.isEmpty else {
            model.stateEdits.drafts[ref] = nil
            model.activity.notice = text == pristine
                ? "no change: the state of \(ref) is left as it is"
                : "no change: only formatting or key order differ, the state of \(ref) is left as it is"
            return []
        }
        let write = StateWrite(ref: ref, kind: .edit, expected: .unchanged(original), target: edited)
        model.overlay = .stateEdit(StateEditOverlay(write: write, changes: changes, text: text))
        return []
    }
}
