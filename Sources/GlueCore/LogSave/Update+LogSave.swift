import HotglueModels

/// `s` opens the palette on `save ` (Enter alone: the default file); `:save [PATH]` asks the runtime to save.
func startLogSave(_ model: inout Model, arguments: [String], fromKey: Bool) -> [Effect] {
    guard let job = model.jobs.selected, let root = job.jobRoot, let tenant = model.jobs.tenant else {
        model.activity.notice = "no job selected: select one in the jobs pane to save its log"
        return []
    }
    if fromKey {
        model.focus = .jobs
        model.overlay = .palette(TextInput("save "))
        model.activity.notice = "enter: save to the state folder's logs/, or type a path"
        return []
    }
    let path = arguments.isEmpty ? nil : arguments.joined(separator: " ")
    let request = LogSaveRequest(tenant: tenant, connector: job.connector, jobID: job.id, jobRoot: root, path: path)
    model.activity.notice = "saving the log of \(job.id)…"
    return [.saveJobLog(request)]
}

/// The runtime's answer to `Effect.saveJobLog`.
func jobLogSaved(_ model: inout Model, _ request: LogSaveRequest, _ result: Result<LogSaveReceipt, LogSaveFailure>) {
    switch result {
    case .success(let receipt):
        let lines = receipt.lines == 1 ? "1 line" : "\(receipt.lines) lines"
        model.activity.notice = "saved the log of \(request.jobID) (\(lines), \(receipt.bytes) bytes) to \(receipt.path)"
    case .failure(let failure):
        model.activity.notice = "log of \(request.jobID) not saved to \(failure.path): \(failure.reason)"
    }
}
