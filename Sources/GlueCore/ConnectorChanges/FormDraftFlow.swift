import HotglueModels

/// How link and update drafts move through a form's life: remembered on Esc and when sent, forgotten when the API
/// confirms the change or the operator clears them (ctrl+x), filled back in when the same form opens again.

/// Remembers what the form holds beyond what it was opened with (a form with nothing typed forgets its draft).
func rememberFormDraft(_ model: inout Model, _ form: ChangeForm) {
    guard let key = form.draftKey else { return }
    guard var draft = FormDraft(of: form, at: model.now) else {
        model.formDrafts[key] = nil
        return
    }
    draft.secretsToRetype = form.secretsToRetype.filter { draft.values[$0] == nil }
    model.formDrafts[key] = draft
}

/// Fills a form whose fields were just built from the draft kept for it, if any.
func resumeFormDraft(_ model: Model, _ form: inout ChangeForm) {
    guard let key = form.draftKey, let draft = model.formDrafts[key] else { return }
    form.fill(from: draft)
    form.resumedAt = draft.time
    form.secretsToRetype = draft.secretsToRetype
}

/// ctrl+x in the fields: back to the form as loaded, and the draft thrown away.
func clearFormDraft(_ model: inout Model, _ form: inout ChangeForm) {
    if let key = form.draftKey { model.formDrafts[key] = nil }
    form.clearTyping()
    form.resumedAt = nil
    form.secretsToRetype = []
    form.error = nil
    model.activity.notice = "cleared: the form is as it was loaded, and its draft is thrown away (nothing was sent)"
}

/// The API confirmed the change: its draft has done its work.
func forgetFormDraft(_ model: inout Model, _ kind: FormDraft.Kind, _ ref: ConnectorRef) {
    model.formDrafts[FormDraft.Key(kind: kind, ref: ref)] = nil
}

/// Every link and update draft that must survive the process ending: the remembered ones, and the form on screen
/// when something was typed into it (it is newer than what was remembered).
public func formDraftsToKeep(_ model: Model) -> [FormDraft.Key: FormDraft] {
    var drafts = model.formDrafts
    if case .form(let form) = model.overlay, let key = form.draftKey {
        switch form.stage {
        case .editing, .previewing, .parallelRefused:
            if var draft = FormDraft(of: form, at: model.now) {
                draft.secretsToRetype = form.secretsToRetype.filter { draft.values[$0] == nil }
                drafts[key] = draft
            }
        case .loading, .picking:
            break
        }
    }
    return drafts
}

/// Selecting a connector that has a draft says so, and which key resumes it.
func offerDrafts(_ model: inout Model, for ref: ConnectorRef) {
    var offers: [String] = []
    if model.stateEdits.drafts[ref] != nil { offers.append("e resumes your state edit") }
    if model.formDrafts[FormDraft.Key(kind: .update, ref: ref)] != nil { offers.append("u resumes your config update") }
    guard !offers.isEmpty else { return }
    model.activity.notice = "a draft of \(ref) is kept: " + offers.joined(separator: ", ")
}
