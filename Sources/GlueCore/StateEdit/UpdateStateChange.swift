import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// The answers to state writes: the new state on screen and an undo record; a conflict dialog; or what failed,
/// with the user's text kept.
func updateStateChange(_ model: inout Model, _ msg: StateChangeMsg) -> [Effect] {
    switch msg {
    case .finished(let write, let result, let time):
        model.now = max(model.now, time)
        let ref = write.ref
        switch result {
        case .written(let before, let after, let readBackError, let journalError):
            showState(&model, ref, after, at: readBackError == nil ? time : nil)
            model.stateEdits.undo = .init(ref: ref, before: before, after: after, kind: write.kind)
            if write.kind == .edit { model.stateEdits.drafts[ref] = nil }
            var notice = writtenNotice(write, changes: StateDiff.changes(from: before, to: after).count)
            if let readBackError { notice += "; reading it back failed (\(readBackError)), R reads it again" }
            model.activity.notice = notice + journalNote(journalError)
        case .conflict(let current, let journalError):
            showState(&model, ref, current, at: time)
            let started = write.expected.document ?? nil
            let text = write.kind == .edit ? model.stateEdits.drafts[ref]?.text ?? StateEditText.document(write.target)
                                           : StateEditText.document(write.target)
            let meanwhile = StateDiff.changes(from: started, to: current)
            model.overlay = .stateEdit(StateEditOverlay(
                write: write, changes: StateDiff.changes(from: started, to: write.target), text: text,
                stage: .conflict(current: current, meanwhile: meanwhile)))
            model.activity.notice = journalError.map { "journal: " + $0 }
        case .failed(let error, let journalError):
            noteError(&model, error, at: time)
            model.overlay = .message(title: "State not changed",
                                     body: failedText(write, error) + journalNote(journalError))
        case .unknown(let error, let journalError):
            noteError(&model, error, at: time)
            model.overlay = .message(title: "Result unknown", body: unknownText(write, error) + journalNote(journalError))
        }
    }
    return []
}

/// The pane shows what Hotglue now holds, when it still shows that connector (`at` nil: not confirmed by a read).
private func showState(_ model: inout Model, _ ref: ConnectorRef, _ state: JSONValue?, at time: Date?) {
    guard model.state.connector == ref else { return }
    if model.state.document != .some(state) { model.state.setDocument(state) }
    if let time { model.state.load.succeeded(at: time) }
}

private func writtenNotice(_ write: StateWrite, changes: Int) -> String {
    let count = "\(changes) change\(changes == 1 ? "" : "s")"
    switch write.kind {
    case .edit where write.target == nil, .reset: return "state of \(write.ref) deleted — z restores it"
    case .edit: return "state of \(write.ref) written (\(count)) — z undoes it"
    case .undo: return "state of \(write.ref) restored (\(count)) — z again redoes the change"
    }
}

private func failedText(_ write: StateWrite, _ error: APIError) -> String {
    let ref = write.ref
    switch write.kind {
    case .edit:
        return "Writing the state of \(ref.connector) (tenant \(ref.tenant)) failed: \(error.message)\n\n"
            + "The state on screen is the last one read from Hotglue. Your edit is kept as a draft: press e to "
            + "try again, R to re-read the state."
    case .reset:
        return "Deleting the state of \(ref.connector) (tenant \(ref.tenant)) failed: \(error.message)\n\n"
            + "The state on screen is the last one read from Hotglue. Press X to try again, R to re-read the state."
    case .undo:
        return "Restoring the state of \(ref.connector) (tenant \(ref.tenant)) failed: \(error.message)\n\n"
            + "The state on screen is the last one read from Hotglue. Press z to try again, R to re-read the state."
    }
}

private func unknownText(_ write: StateWrite, _ error: APIError) -> String {
    let ref = write.ref
    let kept = write.kind == .edit ? " Your edit is kept as a draft: e reopens it." : ""
    return "The change of the state of \(ref.connector) (tenant \(ref.tenant)) was sent, but its answer never "
        + "came (\(error.message)): the state may or may not have changed.\n\n"
        + "Press R to read the state again before doing anything else.\(kept) The journal marks the change as "
        + "unknown; the next start offers to check it."
}

private func journalNote(_ journalError: String?) -> String {
    journalError.map { " (journal: \($0))" } ?? ""
}
