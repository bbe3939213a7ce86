import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// The API's answers to the connector actions. A change shows in the panes only once the API confirmed it; a
/// failure changes nothing, says what happened and what to try, and reopens the form with the user's values.
func updateConnectorChange(_ model: inout Model, _ msg: ConnectorChangeMsg) -> [Effect] {
    switch msg {
    case .linkChoicesLoaded(let tenant, let result, let time):
        model.now = max(model.now, time)
        return linkChoicesLoaded(&model, tenant, result, at: time)
    case .configLoaded(let ref, let use, let result, let time):
        model.now = max(model.now, time)
        return configLoaded(&model, ref, use, result, at: time)
    case .linked(let tenant, let request, let form, let result, let journalProblem, let time):
        model.now = max(model.now, time)
        switch result {
        case .success(let answer):
            forgetFormDraft(&model, .link, ConnectorRef(tenant: tenant, connector: request.connector))
            model.connectors.insertLinked(answer ?? fallbackConnector(request, form), tenant: tenant)
            model.activity.notice = withJournal("linked \(request.connector) to \(tenant)", journalProblem)
            return [.refreshNow([.connectors(tenant)])]
        case .failure(let error) where error.leavesResultUnknown:
            reopen(&model, form, unknownResult("link of \(request.connector) to \(tenant)", error,
                                               check: "the connector list is read again, check it"),
                   error, journalProblem, at: time)
            return [.refreshNow([.connectors(tenant)])]
        case .failure(let error) where error.category == .conflict && error.status == nil:
            // Linked meanwhile by someone else (gluetop's own check, nothing sent): the form now knows, so Enter
            // replaces that config on purpose.
            var form = form
            if let index = form.picker?.choices.firstIndex(where: { $0.settings.id == request.connector }) {
                form.picker?.choices[index].isLinked = true
            }
            reopen(&model, form, "link of \(request.connector) not sent: \(error.message)", error, journalProblem, at: time)
            return [.refreshNow([.connectors(tenant)])]
        case .failure(let error):
            reopen(&model, form, "link of \(request.connector) failed: \(error.message)", error, journalProblem, at: time)
            return []
        }
    case .updated(let ref, let request, let form, let result, let journalProblem, let time):
        model.now = max(model.now, time)
        switch result {
        case .success:
            forgetFormDraft(&model, .update, ref)
            let keys = request.config?.keys.joined(separator: ", ") ?? ""
            model.activity.notice = withJournal("updated \(ref): \(keys)", journalProblem)
            return []
        case .failure(let error):
            let said = error.leavesResultUnknown
                ? unknownResult("update of \(ref)", error, check: "Esc then u reads the config again, check it")
                : "update of \(ref) failed: \(error.message)"
            if form.editorOnly, let text = form.editorText {
                model.overlay = .form(form)
                model.activity.notice = withJournal(said, journalProblem)
                noteError(&model, error, at: time)
                let problem = error.leavesResultUnknown ? said : "not saved: \(error.message)"
                return [.openEditor(configEditorRequest(ref, text: text, problem: problem))]
            }
            reopen(&model, form, said, error, journalProblem, at: time)
            return []
        }
    case .unlinked(let ref, let result, let journalProblem, let time):
        model.now = max(model.now, time)
        switch result {
        case .success:
            if ref.tenant == model.connectors.tenant {
                model.connectors.all.removeAll { $0.id == ref.connector }
            }
            model.activity.notice = withJournal("unlinked \(ref.connector) from \(ref.tenant)", journalProblem)
            return [.refreshNow([.connectors(ref.tenant)])]
        case .failure(let error) where error.leavesResultUnknown:
            model.activity.notice = withJournal(
                unknownResult("unlink of \(ref)", error, check: "the connector list is read again, check it"),
                journalProblem)
            noteError(&model, error, at: time)
            return [.refreshNow([.connectors(ref.tenant)])]
        case .failure(let error) where error.category == .notFound:
            // Gone already (unlinked meanwhile, elsewhere): nothing was unlinked here, and the row goes.
            if ref.tenant == model.connectors.tenant {
                model.connectors.all.removeAll { $0.id == ref.connector }
            }
            model.activity.notice = withJournal(
                "unlink of \(ref): not linked (anymore), nothing was unlinked: \(error.message)", journalProblem)
            noteError(&model, error, at: time)
            return [.refreshNow([.connectors(ref.tenant)])]
        case .failure(let error):
            model.activity.notice = withJournal(
                "unlink of \(ref) failed, it is still linked: \(error.message)", journalProblem)
            noteError(&model, error, at: time)
            return []
        }
    case .jobStarted(let ref, let request, let form, let result, let journalProblem, let time):
        model.now = max(model.now, time)
        switch result {
        case .success(let job):
            model.jobs.insertStarted(job, tenant: ref.tenant)
            model.activity.notice = withJournal("\(request.jobType) job \(job.id) of \(ref) started", journalProblem)
            return [.refreshNow([.jobs(ref.tenant)])]
        case .failure(let error) where error.isParallelJobRefusal && request.ignoreParallelJobs != true:
            var form = form
            form.stage = .parallelRefused(error.serverMessage ?? error.message)
            model.overlay = .form(form)
            model.activity.notice = withJournal("not started: a job is already running", journalProblem)
            return []
        case .failure(let error) where error.leavesResultUnknown:
            reopen(&model, form, unknownResult("job of \(ref)", error,
                                               check: "it may have started; the jobs list is read again, check it"),
                   error, journalProblem, at: time)
            return [.refreshNow([.jobs(ref.tenant)])]
        case .failure(let error):
            reopen(&model, form, "job of \(ref) not started: \(error.message)", error, journalProblem, at: time)
            return []
        }
    }
}

private func linkChoicesLoaded(_ model: inout Model, _ tenant: TenantID, _ result: Result<LinkChoices, APIError>,
                               at time: Date) -> [Effect] {
    guard case .form(var form) = model.overlay, form.purpose == .link(tenant), case .loading = form.stage else {
        return []
    }
    switch result {
    case .failure(let error):
        model.overlay = nil
        model.activity.notice = "cannot list the connectors to link: \(error.message)"
        noteError(&model, error, at: time)
    case .success(let choices):
        let linked = tenant == model.connectors.tenant ? Set(model.connectors.all.map(\.id)) : []
        let picker = ConnectorPicker(choices, linked: linked)
        form.picker = picker
        form.stage = .picking
        if let wanted = form.pendingPick {
            form.pendingPick = nil
            if let choice = picker.choices.first(where: { $0.settings.id == wanted }) {
                pick(&form, choice.settings)
                resumeFormDraft(model, &form)
            } else {
                form.picker?.filter = TextInput(wanted.rawValue)
                form.error = "no connector '\(wanted)' in \(model.connection.envID): pick one"
                model.activity.notice = "no connector '\(wanted)' to link"
            }
        }
        if picker.choices.isEmpty {
            model.overlay = nil
            model.activity.notice = "\(model.connection.envID) offers no connectors to link"
            return []
        }
        model.overlay = .form(form)
    }
    return []
}

private func configLoaded(_ model: inout Model, _ ref: ConnectorRef, _ use: ConfigUse,
                          _ result: Result<JSONObject, APIError>, at time: Date) -> [Effect] {
    guard case .form(var form) = model.overlay, form.purpose == .update(ref), case .loading = form.stage else {
        return []
    }
    switch result {
    case .failure(let error):
        model.overlay = nil
        model.activity.notice = "cannot read the config of \(ref): \(error.message)"
        noteError(&model, error, at: time)
        return []
    case .success(let config):
        form.original = config
        form.fields = FormFields.update(config)
        form.stage = .editing
        form.focus = 0
        resumeFormDraft(model, &form)
        if form.fields.isEmpty {
            model.overlay = nil
            model.activity.notice = "\(ref) has no config to update"
            return []
        }
        switch use {
        case .form:
            model.overlay = .form(form)
            return []
        case .editor:
            let text = editorText(for: form)
            form.editorText = text
            model.overlay = .form(form)
            return [.openEditor(configEditorRequest(ref, text: text))]
        }
    }
}

/// The form again, as the user left it, with what happened on top and in the status line.
private func reopen(_ model: inout Model, _ form: ChangeForm, _ said: String, _ error: APIError,
                    _ journalProblem: String?, at time: Date) {
    var form = form
    form.stage = .editing
    form.error = said
    model.overlay = .form(form)
    model.activity.notice = withJournal(said, journalProblem)
    noteError(&model, error, at: time)
}

private func withJournal(_ notice: String, _ journalProblem: String?) -> String {
    guard let journalProblem else { return notice }
    return notice + " (\(journalProblem))"
}
