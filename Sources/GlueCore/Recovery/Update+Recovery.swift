import struct Foundation.Date
import LosslessJSON

/// The start of a run found what earlier ones left: drafts join the model's (a draft typed in this run wins),
/// and everything is listed in the recovery overlay, unless another overlay is open (then a notice says so).
func recoveryFound(_ model: inout Model, _ findings: RecoveryFindings) -> [Effect] {
    guard !findings.isEmpty else { return [] }
    var items: [RecoveryItem] = []
    // A draft whose write was sent with an unknown result is listed once, as that change; `e` still reopens it.
    let unresolvedRefs = Set(findings.unresolved.compactMap { $0.isStateChange ? $0.ref : nil })
    for found in findings.drafts where model.stateEdits.drafts[found.ref] == nil {
        model.stateEdits.drafts[found.ref] = found.draft
        if !unresolvedRefs.contains(found.ref) { items.append(.draft(found)) }
    }
    for draft in findings.formDrafts where model.formDrafts[draft.key] == nil {
        model.formDrafts[draft.key] = draft
        items.append(.formDraft(draft))
    }
    items += findings.unresolved.map(RecoveryItem.unresolved)
    guard !items.isEmpty else { return [] }
    if model.overlay == nil {
        model.overlay = .recovery(RecoveryOverlay(items: items))
    } else {
        model.activity.notice = "\(items.count) unfinished change\(items.count == 1 ? "" : "s") from an earlier run: "
            + "see :journal, e on a connector resumes its draft"
    }
    return []
}

func handleRecoveryKey(_ model: inout Model, _ overlay: RecoveryOverlay, _ key: Key) -> [Effect] {
    var overlay = overlay
    let count = overlay.items.count
    switch dialogCommand(for: key, in: model, reading: [.recovery]) {
    case .close?:
        model.overlay = nil
        model.activity.notice = "left for later: drafts stay (e resumes them), unknown results show at the next start"
        return []
    case .resume?:
        switch overlay.selected {
        case .draft(let found)?:
            return resumeDraft(&model, found, overlay)
        case .formDraft(let draft)?:
            _ = removeSelected(&model, overlay)
            switch draft.key.kind {
            case .link: return openLinkForm(&model, draft.key.ref.tenant, pick: draft.key.ref.connector)
            case .update: return openUpdateForm(&model, draft.key.ref, editor: false)
            }
        default:
            return []
        }
    case .discard?:
        switch overlay.selected {
        case .draft(let found)?:
            model.stateEdits.drafts[found.ref] = nil
            model.activity.notice = "draft of the state of \(found.ref) thrown away"
        case .formDraft(let draft)?:
            model.formDrafts[draft.key] = nil
            model.activity.notice = "draft of the \(draft.key.kind.rawValue) form of \(draft.key.ref) thrown away"
        default:
            return []
        }
        return removeSelected(&model, overlay)
    case .keep?:
        guard case .unresolved(let change)? = overlay.selected else { return [] }
        model.activity.notice = "kept: \(change.entry.action) of \(change.ref?.description ?? "?") is left as it is"
        let decision: String
        switch change.verdict {
        case .applied where !change.isStateChange: decision = "found applied"
        case .notApplied where !change.isStateChange: decision = "found not applied"
        default: decision = "kept"
        }
        return removeSelected(&model, overlay) + [.settleChange(id: change.entry.id, decision: decision)]
    case .undoChange?:
        guard case .unresolved(let change)? = overlay.selected else { return [] }
        return undoUnresolved(&model, change, overlay)
    case .moveDown?: overlay.list.move(by: 1, count: count, visibleRows: count)
    case .moveUp?: overlay.list.move(by: -1, count: count, visibleRows: count)
    default: return []
    }
    model.overlay = .recovery(overlay)
    return []
}

/// The draft's preview (the conflict check comes with the write), or the editor on its text when it is not JSON.
private func resumeDraft(_ model: inout Model, _ found: RecoveredDraft, _ overlay: RecoveryOverlay) -> [Effect] {
    _ = removeSelected(&model, overlay)
    let ref = found.ref, original = found.draft.original
    guard let edited = try? JSONValue.parse(found.draft.text) else {
        model.stateEdits.editing = .init(ref: ref, original: original)
        let header = StateEditText.draftHeader(ref, stateChangedSince: false)
        return [.openEditor(EditorRequest(purpose: .state(ref), text: found.draft.text, header: header))]
    }
    let write = StateWrite(ref: ref, kind: .edit, expected: .unchanged(original), target: edited)
    model.overlay = .stateEdit(StateEditOverlay(write: write, changes: StateDiff.changes(from: original, to: edited),
                                                text: found.draft.text))
    return []
}

/// Restoring the change's before, with the undo preview and its conflict check; a successful write settles the
/// unknown change as undone.
private func undoUnresolved(_ model: inout Model, _ change: UnresolvedChange, _ overlay: RecoveryOverlay) -> [Effect] {
    guard change.isStateChange, let ref = change.ref else {
        model.activity.notice = "only a state change can be undone from here: check \(change.entry.action) at Hotglue, k keeps it"
        return []
    }
    guard case .success(let current)? = change.current else {
        model.activity.notice = "the state of \(ref) could not be read: R refreshes, or k keeps the change"
        return []
    }
    if change.verdict == .notApplied {
        model.activity.notice = "nothing to undo: the state of \(ref) is still what it was before"
        return removeSelected(&model, overlay) + [.settleChange(id: change.entry.id, decision: "found not applied")]
    }
    let rest = removeSelected(&model, overlay)
    previewUndo(&model, ref, current: current, before: change.entry.before, after: current,
                change: "the change of unknown result")
    if case .stateEdit(var edit) = model.overlay {
        edit.write.settles = change.entry.id
        model.overlay = .stateEdit(edit)
    }
    return rest
}

/// Drops the selected row; the overlay closes when none is left.
private func removeSelected(_ model: inout Model, _ overlay: RecoveryOverlay) -> [Effect] {
    var overlay = overlay
    guard overlay.items.indices.contains(overlay.list.selected) else { return [] }
    overlay.items.remove(at: overlay.list.selected)
    overlay.list.clamp(count: overlay.items.count, visibleRows: overlay.items.count)
    model.overlay = overlay.items.isEmpty ? nil : .recovery(overlay)
    return []
}
