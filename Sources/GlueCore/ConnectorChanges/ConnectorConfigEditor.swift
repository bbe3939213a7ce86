import Foundation
import HotglueModels
import LosslessJSON

/// `:update --editor` and ctrl+e in the update form: the config as pretty JSON in `$EDITOR`, secrets written as
/// the mask (a mask left in place keeps the secret as it is), so no secret reaches the temporary file unless the
/// user types it. Only the keys that changed are sent.
func configEditorRequest(_ ref: ConnectorRef, text: String, problem: String? = nil) -> EditorRequest {
    var header = [
        "Config of \(ref.connector) for tenant \(ref.tenant). Save and quit to send the keys you changed.",
        "Secrets show as \(SecretMasking.mask): leave that to keep a secret, or type the new value.",
        "Keys cannot be removed here (the API merges). An empty file cancels.",
    ]
    if let problem { header.insert(problem, at: 0) }
    return EditorRequest(purpose: .connectorConfig(ref), text: text, header: header)
}

/// The form's current values as a JSON object, untouched secrets masked. A `:update --editor` form that already
/// went through the editor offers the user's own text instead: its fields were never edited, the text was (it is
/// what a cancelled production question leaves behind).
func editorText(for form: ChangeForm) -> String {
    if form.editorOnly, let kept = form.editorText { return kept }
    var object = JSONObject()
    for field in form.fields {
        let original = form.original?[field.key]
        if case .secret(_, _, true) = field.value, let original {
            // `null` and "" say "not set" and are shown as they are, as everywhere else.
            object[field.key] = original == .null || original == JSONValue("") ? original : JSONValue(SecretMasking.mask)
            continue
        }
        object[field.key] = field.jsonValue(original: original) ?? original ?? .null
    }
    return JSONValue.object(object).pretty() + "\n"
}

func connectorConfigEditorFinished(_ model: inout Model, _ ref: ConnectorRef, _ request: EditorRequest,
                                   _ outcome: EditorOutcome) -> [Effect] {
    guard case .form(var form) = model.overlay, form.purpose == .update(ref), let original = form.original else {
        model.activity.notice = "the config edit of \(ref) was dropped: its form had been closed; nothing was changed"
        return []
    }
    let text: String
    switch outcome {
    case .failed(let reason):
        if form.editorOnly { model.overlay = nil }
        model.activity.notice = "editor: \(reason); nothing was changed"
        return []
    case .killed(let reason, let saved):
        // The form stays open holding what the editor saved (or the text it was given): ctrl+e reopens it.
        if let saved { form.editorText = saved }
        form.editorOnly = form.editorOnly || saved != nil
        model.overlay = .form(form)
        model.activity.notice = reason + ": nothing was sent; " + (saved == nil
            ? "the form is as you left it"
            : "what it saved is kept: ctrl+e reopens it, Esc drops it")
        return []
    case .edited(let edited):
        text = edited
    }
    form.editorText = text
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        if form.editorOnly { model.overlay = nil } else { model.overlay = .form(form) }
        model.activity.notice = "empty file: nothing was changed"
        return []
    }
    let edited: JSONObject
    do {
        guard let object = try JSONValue.parse(text).objectValue else {
            return reopenEditor(&model, form, ref, text, "the config must be a JSON object ({…})")
        }
        edited = object
    } catch {
        return reopenEditor(&model, form, ref, text, error.description)
    }
    var changes = JSONObject()
    for (key, value) in edited {
        let before = original[key]
        if value == JSONValue(SecretMasking.mask), original.contains(key) { continue }
        guard value != before else { continue }
        if value.compact().contains(SecretMasking.mask) {
            return reopenEditor(&model, form, ref, text,
                                "\(key) still holds the mask \(SecretMasking.mask) inside: give the whole value, or leave it masked as a whole")
        }
        changes[key] = value
    }
    let dropped = original.keys.filter { !edited.contains($0) }
    guard !changes.isEmpty else {
        if form.editorOnly { model.overlay = nil } else { model.overlay = .form(form) }
        model.activity.notice = "nothing to change: the edited config is the same as loaded"
        return []
    }
    model.overlay = nil
    var notice = "updating \(ref): \(changes.keys.joined(separator: ", "))…"
    if !dropped.isEmpty { notice += " (removed keys stay: \(dropped.joined(separator: ", ")))" }
    // A cancelled production question goes back to the form; an editor-only one keeps the edited text for ctrl+e.
    return requestChange(&model, .connector(.update(ref, UpdateConnectorRequest(connector: ref.connector, config: changes),
                                                    reopen: form)),
                         confirmation: nil, notice: notice, returnTo: .form(form),
                         cancelNotice: form.editorOnly ? editedConfigKeptNotice : formKeptNotice)
}

/// A production question cancelled after `:update --editor`: the form stays open holding the edited text.
let editedConfigKeptNotice = "cancelled: nothing was changed (your edited config is kept: ctrl+e reopens it, Esc drops it)"

private func reopenEditor(_ model: inout Model, _ form: ChangeForm, _ ref: ConnectorRef, _ text: String,
                          _ problem: String) -> [Effect] {
    model.overlay = .form(form)
    model.activity.notice = "the edited config is not valid: \(problem)"
    return [.openEditor(configEditorRequest(ref, text: text, problem: "not valid: \(problem)"))]
}
