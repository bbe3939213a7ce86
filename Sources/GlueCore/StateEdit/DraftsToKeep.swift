/// The state-edit drafts that must survive the process ending, as the model says now: the drafts it remembers
/// (cancelled, failed, conflicting, or written and not yet confirmed), and the edit in the preview or conflict
/// dialog. The runtime keeps the drafts folder equal to this after every batch of messages, so `update` stays pure.
public func draftsToKeep(_ model: Model) -> [ConnectorRef: StateEditMemory.Draft] {
    var drafts = model.stateEdits.drafts
    if case .stateEdit(let edit) = model.overlay, edit.write.kind == .edit,
       case .unchanged(let original) = edit.write.expected {
        drafts[edit.write.ref] = .init(text: edit.text, original: original)
    }
    return drafts
}
