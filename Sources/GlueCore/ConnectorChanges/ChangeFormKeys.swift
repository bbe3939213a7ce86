import HotglueModels

/// Keys while the form overlay is open, by step. Esc cancels from the picker, the fields and while loading; from
/// the preview and the parallel-job question it goes back to the fields, so nothing typed is lost.
func handleActionFormKey(_ model: inout Model, _ form: ChangeForm, _ key: Key) -> [Effect] {
    var form = form
    switch form.stage {
    case .loading:
        if key == .escape || dialogCommand(for: key, in: model) == .close { cancelForm(&model) }
        return []
    case .picking:
        return pickerKey(&model, &form, key)
    case .editing:
        return fieldKey(&model, &form, key)
    case .previewing:
        switch key == .backspace ? .no : dialogCommand(for: key, in: model) {
        case .yes?:
            return submit(&model, form)
        case .no?, .close?:
            form.stage = .editing
            model.overlay = .form(form)
        default:
            break
        }
        return []
    case .parallelRefused:
        switch dialogCommand(for: key, in: model) {
        case .yes?:
            form.ignoreParallelJobs = true
            form.stage = .editing
            form.error = nil
            return submit(&model, form)
        case .no?, .close?:
            form.stage = .editing
            form.error = "not sent again: a job is already running (\(model.keymap.keyName(for: .yes)) on the question "
                + "sends with ignore_parallel_jobs)"
            model.overlay = .form(form)
        default:
            break
        }
        return []
    }
}

func cancelForm(_ model: inout Model) {
    model.overlay = nil
    model.activity.notice = "cancelled: nothing was changed"
}

private func pickerKey(_ model: inout Model, _ form: inout ChangeForm, _ key: Key) -> [Effect] {
    guard var picker = form.picker else {
        cancelForm(&model)
        return []
    }
    switch key {
    case .escape:
        cancelForm(&model)
        return []
    case .up:
        picker.selected = max(0, picker.selected - 1)
    case .down:
        picker.selected = min(max(0, picker.visible.count - 1), picker.selected + 1)
    case .enter:
        guard let choice = picker.selectedChoice else {
            model.activity.notice = "no connector matches '\(picker.filter.text)'"
            return []
        }
        form.picker = picker
        pick(&form, choice.settings)
        resumeFormDraft(model, &form)
        model.overlay = .form(form)
        return []
    default:
        guard picker.filter.apply(key) else { return [] }
        picker.selected = 0
    }
    form.picker = picker
    model.overlay = .form(form)
    return []
}

/// Moves a link form from the picker to the fields of the connector picked.
func pick(_ form: inout ChangeForm, _ settings: ConnectorSettings) {
    form.connector = settings
    form.fields = FormFields.link(settings)
    form.focus = 0
    form.error = form.fields.isEmpty ? "\(settings.id) describes no config: it is linked with an empty config" : nil
    form.stage = .editing
}

/// A field takes text, so only the form's own commands (`clear-draft`, `reveal-field`, `open-editor`: control keys
/// by default) and Esc, Enter, Tab and the arrows are keys here.
private func fieldKey(_ model: inout Model, _ form: inout ChangeForm, _ key: Key) -> [Effect] {
    switch model.keymap.command(for: key, in: [.form]) {
    case .clearDraft?:
        clearFormDraft(&model, &form)
    case .revealField?:
        guard form.fields.indices.contains(form.focus), form.fields[form.focus].toggleReveal() else {
            model.activity.notice = "\(model.keymap.keyName(for: .revealField)) reveals a secret field; this one is not secret"
            return []
        }
    case .openEditor?:
        guard case .update(let ref) = form.purpose else {
            model.activity.notice = "\(model.keymap.keyName(for: .openEditor)) edits the config in $EDITOR: only when updating a config"
            return []
        }
        let text = editorText(for: form)
        form.editorText = text
        model.overlay = .form(form)
        return [.openEditor(configEditorRequest(ref, text: text))]
    default:
        return typingKey(&model, &form, key)
    }
    model.overlay = .form(form)
    return []
}

private func typingKey(_ model: inout Model, _ form: inout ChangeForm, _ key: Key) -> [Effect] {
    let count = form.fields.count
    switch key {
    case .escape:
        rememberFormDraft(&model, form)
        cancelForm(&model)
        if let key = form.draftKey, model.formDrafts[key] != nil {
            model.activity.notice = "cancelled: nothing was changed · what you typed is kept as a draft "
                + "(\(key.kind == .link ? "l" : "u") resumes it)"
        }
        return []
    case .enter:
        return submit(&model, form)
    case .tab, .down:
        if count > 0 { form.focus = (form.focus + 1) % count }
    case .backTab, .up:
        if count > 0 { form.focus = (form.focus + count - 1) % count }
    default:
        guard form.fields.indices.contains(form.focus), form.fields[form.focus].apply(key) else { return [] }
        form.error = nil
    }
    model.overlay = .form(form)
    return []
}

/// A production question cancelled goes back to the form with everything typed.
let formKeptNotice = "cancelled: nothing was changed (the form is as you left it)"

/// Enter on the fields (and on the preview): validate, then preview (link) or send.
func submit(_ model: inout Model, _ form: ChangeForm) -> [Effect] {
    var form = form
    if let (index, message) = form.firstProblem() {
        form.focus = index
        form.error = message
        form.stage = .editing
        model.overlay = .form(form)
        return []
    }
    form.error = nil
    switch form.purpose {
    case .link(let tenant):
        guard let request = form.linkRequest else { return [] }
        if form.stage == .editing {
            form.stage = .previewing
            model.overlay = .form(form)
            return []
        }
        rememberFormDraft(&model, form)
        let back = Overlay.form(form)
        form.stage = .editing
        model.overlay = nil
        return requestChange(&model, .connector(.link(tenant, request, reopen: form)), confirmation: nil,
                             notice: "linking \(request.connector) to \(tenant)…", returnTo: back,
                             cancelNotice: formKeptNotice)
    case .update(let ref):
        let changes = form.changedConfig
        guard !changes.isEmpty else {
            form.error = "nothing to change: no value differs from the config as loaded"
            model.overlay = .form(form)
            return []
        }
        rememberFormDraft(&model, form)
        form.stage = .editing
        model.overlay = nil
        return requestChange(&model, .connector(.update(ref, UpdateConnectorRequest(connector: ref.connector, config: changes),
                                                        reopen: form)),
                             confirmation: nil,
                             notice: "updating \(ref): \(changes.keys.joined(separator: ", "))…",
                             returnTo: .form(form), cancelNotice: formKeptNotice)
    case .runJob(let ref):
        let request = form.runJobRequest(ref.connector)
        form.stage = .editing
        model.overlay = nil
        let extra = request.ignoreParallelJobs == true ? " (ignoring parallel jobs)" : ""
        return requestChange(&model, .connector(.runJob(ref, request, reopen: form)), confirmation: nil,
                             notice: "starting a \(request.jobType) job of \(ref)\(extra)…",
                             returnTo: .form(form), cancelNotice: formKeptNotice)
    }
}
