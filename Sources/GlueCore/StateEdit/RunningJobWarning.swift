import HotglueModels

/// The warning a state change gets while a job of its connector runs (as the jobs pane last saw it): the job
/// writes its own state when it ends and may overwrite the change. Nil when no such job is known.
public func runningJobWarning(_ model: Model, _ ref: ConnectorRef) -> String? {
    guard model.jobs.tenant == ref.tenant else { return nil }
    let jobs = [model.jobs.watched].compactMap { $0 } + model.jobs.all
    guard let job = jobs.first(where: { $0.connector == ref.connector && $0.status.isRunning }) else { return nil }
    return "⚠ job \(job.id) of \(ref.connector) is \(job.status): it writes its own state when it ends and may "
        + "overwrite this change."
}

/// The same warning on short lines, for dialogs that do not wrap.
func runningJobWarningLines(_ model: Model, _ ref: ConnectorRef) -> [String] {
    guard let warning = runningJobWarning(model, ref), let colon = warning.firstIndex(of: ":") else { return [] }
    return [String(warning[...colon]), "it writes its own state when it ends and may", "overwrite this change."]
}
