import LosslessJSON

/// Keys of the state edit overlay (by default). Preview: `y`/Enter apply, `e` edit again, Esc/`n` cancel.
/// Conflict: `o` overwrite anyway, `e` re-edit from the current state, Esc/`n` cancel. Both: `j`/`k` scroll, `v`
/// reveal secrets.
func handleStateEditKey(_ model: inout Model, _ overlay: StateEditOverlay, _ key: Key) -> [Effect] {
    var overlay = overlay
    let command = dialogCommand(for: key, in: model, reading: [.stateEdit])
    switch command {
    case .close?, .no?:
        return cancel(&model, overlay)
    case .moveDown?:
        overlay.scroll += 1
    case .moveUp?:
        overlay.scroll = max(0, overlay.scroll - 1)
    case .pageDown?:
        overlay.scroll += 10
    case .pageUp?:
        overlay.scroll = max(0, overlay.scroll - 10)
    case .reveal?:
        overlay.revealSecrets.toggle()
        let key = model.keymap.keyName(for: .reveal)
        model.activity.notice = overlay.revealSecrets ? "secrets shown — \(key) masks them again" : "secrets masked"
    default:
        switch overlay.stage {
        case .preview: return previewKey(&model, overlay, command)
        case .conflict(let current, let meanwhile): return conflictKey(&model, overlay, current, meanwhile, command)
        }
    }
    // The view clamps to what fits; this only keeps `k` from having to climb back from far past the end.
    overlay.scroll = min(overlay.scroll, overlay.diffLineBound)
    model.overlay = .stateEdit(overlay)
    return []
}

private extension StateEditOverlay {
    /// More lines than the overlay can ever draw: two per change plus the text around them.
    var diffLineBound: Int {
        var changeCount = changes.count
        if case .conflict(_, let meanwhile) = stage { changeCount += meanwhile.count }
        return 2 * changeCount + 8
    }
}

private func previewKey(_ model: inout Model, _ overlay: StateEditOverlay, _ command: Command?) -> [Effect] {
    switch command {
    case .yes?:
        return apply(&model, overlay.write, text: overlay.text)
    case .editAgain?:
        model.overlay = nil
        let original = overlay.write.expected.document ?? nil
        model.stateEdits.editing = .init(ref: overlay.write.ref, original: original)
        return [.openEditor(EditorRequest(purpose: .state(overlay.write.ref), text: overlay.text,
                                          header: StateEditText.editHeader(overlay.write.ref)))]
    default:
        return []
    }
}

private func conflictKey(_ model: inout Model, _ overlay: StateEditOverlay, _ current: JSONValue?,
                         _ meanwhile: [JSONChange], _ command: Command?) -> [Effect] {
    let ref = overlay.write.ref
    switch command {
    case .overwrite?:
        // The user saw both changes: write theirs over the state as it is now (still checked against it).
        var write = overlay.write
        write.expected = .unchanged(current)
        return apply(&model, write, text: overlay.text)
    case .editAgain?:
        model.overlay = nil
        model.stateEdits.editing = .init(ref: ref, original: current)
        let request: EditorRequest
        switch StateDiff.reapply(overlay.changes, onto: current) {
        case .success(let merged):
            request = EditorRequest(purpose: .state(ref), text: StateEditText.document(merged),
                                    header: StateEditText.reEditHeader(ref, reapplied: overlay.changes.count))
        case .failure(let error):
            request = EditorRequest(purpose: .state(ref), text: overlay.text,
                                    header: StateEditText.reEditFallbackHeader(ref, reason: error.description,
                                                                               meanwhile: meanwhile))
        }
        return [.openEditor(request)]
    default:
        return []
    }
}

/// Sends the write through `requestChange` (production profiles add their question there). An edit's text is
/// kept as a draft until the write is known to have succeeded, so no failure or cancel on the way loses it.
private func apply(_ model: inout Model, _ write: StateWrite, text: String) -> [Effect] {
    model.overlay = nil
    if write.kind == .edit, case .unchanged(let original) = write.expected {
        model.stateEdits.drafts[write.ref] = .init(text: text, original: original)
    }
    let verb = write.target == nil ? "deleting" : write.kind == .undo ? "restoring" : "writing"
    let keptDraft = write.kind == .edit ? " (your edit is kept: e reopens it)" : ""
    return requestChange(&model, .state(.write(write)), confirmation: nil, notice: "\(verb) the state of \(write.ref)…",
                         cancelNotice: "cancelled: nothing was changed" + keptDraft)
}

private func cancel(_ model: inout Model, _ overlay: StateEditOverlay) -> [Effect] {
    model.overlay = nil
    let write = overlay.write
    guard write.kind == .edit, case .unchanged(let original) = write.expected else {
        model.activity.notice = "cancelled: nothing was changed"
        return []
    }
    model.stateEdits.drafts[write.ref] = .init(text: overlay.text, original: original)
    model.activity.notice = "cancelled: nothing was changed — your edit is kept as a draft: e on \(write.ref.connector) reopens it"
    return []
}
