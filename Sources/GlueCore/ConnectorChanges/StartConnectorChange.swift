import HotglueModels

/// `l`, `u`, `x`, `r`, and their palette forms with arguments (`:run read --reset --start 2024-01-01
/// --streams A,B`, `:link hubspot`, `:update --editor`), which fill the form from the arguments. A bad argument
/// opens nothing and names the bad word. Read-only mode is refused before, in `run` (`Command.unavailableReason`).
func startConnectorChange(_ model: inout Model, _ action: Command, arguments: [String] = []) -> [Effect] {
    switch action {
    case .link:
        switch ConnectorChangeArguments.link(arguments) {
        case .success(let pick): return startLink(&model, pick: pick)
        case .failure(let problem): return refuseArguments(&model, problem)
        }
    case .updateConfig:
        switch ConnectorChangeArguments.update(arguments) {
        case .success(let editor): return startUpdate(&model, editor: editor)
        case .failure(let problem): return refuseArguments(&model, problem)
        }
    case .unlink:
        switch ConnectorChangeArguments.unlink(arguments) {
        case .success: return startUnlink(&model)
        case .failure(let problem): return refuseArguments(&model, problem)
        }
    case .runJob:
        switch ConnectorChangeArguments.run(arguments) {
        case .success(let run): return startRunJob(&model, run)
        case .failure(let problem): return refuseArguments(&model, problem)
        }
    default:
        return []
    }
}

private func refuseArguments(_ model: inout Model, _ problem: ConnectorChangeArguments.Problem) -> [Effect] {
    model.activity.notice = problem.message
    return []
}

/// The picker needs the connectors the flow and environment offer: a read, sent directly.
private func startLink(_ model: inout Model, pick: ConnectorID?) -> [Effect] {
    guard let tenant = model.connectors.tenant ?? model.tenants.selected else {
        model.activity.notice = "select a tenant to link a connector to"
        return []
    }
    return openLinkForm(&model, tenant, pick: pick)
}

/// The link form for `tenant`, picking `pick` (when given) as soon as the choices arrive.
func openLinkForm(_ model: inout Model, _ tenant: TenantID, pick: ConnectorID?) -> [Effect] {
    var form = ChangeForm(purpose: .link(tenant), stage: .loading("loading the connectors \(tenant) can link…"))
    form.pendingPick = pick
    model.overlay = .form(form)
    return [.api(.connector(.loadLinkChoices(tenant)))]
}

/// The form (or the editor) needs the connector's config: a read with `config=true`, sent directly.
private func startUpdate(_ model: inout Model, editor: Bool) -> [Effect] {
    guard let ref = model.connectors.selectedRef else {
        model.activity.notice = "select a linked connector to update its config"
        return []
    }
    return openUpdateForm(&model, ref, editor: editor)
}

/// The update form of `ref` (or its config in `$EDITOR`), once the config is read.
func openUpdateForm(_ model: inout Model, _ ref: ConnectorRef, editor: Bool) -> [Effect] {
    var form = ChangeForm(purpose: .update(ref), stage: .loading("loading the config of \(ref)…"))
    form.editorOnly = editor
    model.overlay = .form(form)
    return [.api(.connector(.loadConfig(ref, editor ? .editor : .form)))]
}

/// Unlinking cannot be taken back: the connector's id is typed to confirm.
private func startUnlink(_ model: inout Model) -> [Effect] {
    guard let ref = model.connectors.selectedRef else {
        model.activity.notice = "select a linked connector to unlink"
        return []
    }
    let name = model.connectors.selected?.displayName ?? ref.connector.rawValue
    let confirmation = Confirmation(
        title: "Unlink \(ref.connector)",
        lines: ["Unlink \(name) (\(ref.connector)) from tenant \(ref.tenant).",
                "Its config (credentials), state and schedule are removed at Hotglue; past jobs stay listed."],
        answer: .typed(ref.connector.rawValue), request: .connector(.unlink(ref)),
        pendingNotice: "unlinking \(ref.connector) from \(ref.tenant)…")
    return requestChange(&model, .connector(.unlink(ref)), confirmation: confirmation,
                         notice: confirmation.pendingNotice)
}

/// The run form, filled from the palette's arguments; it is sent only with Enter.
private func startRunJob(_ model: inout Model, _ run: ConnectorChangeArguments.RunJob) -> [Effect] {
    guard let ref = model.connectors.selectedRef else {
        model.activity.notice = "select a linked connector to run a job of"
        return []
    }
    var form = ChangeForm(purpose: .runJob(ref), stage: .editing)
    let catalog = model.discover.run?.connector == ref ? model.discover.run?.catalog : nil
    let streams = catalog?.streams.map(\.tapStreamID)
    form.fields = FormFields.runJob(streams: streams)
    if run.jobType == .write { form.setField("job_type") { $0.value = .choice(["read", "write"], selected: 1) } }
    if run.reset { form.setField("reset_source_state") { $0.value = .toggle(true) } }
    if let start = run.start { form.setField("override_start_date") { $0.value = .text(TextInput(start)) } }
    if !run.streams.isEmpty {
        form.setField("streams") { field in
            if case .multiChoice(let options, _, _) = field.value {
                let unknown = run.streams.filter { !options.contains($0) }
                // Streams the catalog does not list are still sent: the catalog shown may be older than the tap.
                field.value = .multiChoice(options + unknown, chosen: Set(run.streams), cursor: 0)
            } else {
                field.value = .text(TextInput(run.streams.joined(separator: ",")))
            }
        }
    }
    form.ignoreParallelJobs = run.ignoreParallel
    model.overlay = .form(form)
    return []
}
