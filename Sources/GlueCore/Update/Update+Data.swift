import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// Results of the pollers, each handed to the pane it belongs to (`Panes/*+Update.swift`); what crosses panes
/// (the status line's last error, what a finished job makes read again) is decided here. A result for something
/// no longer selected is dropped: its pane has moved on.
func applyPollResult(_ model: inout Model, _ result: PollResult) -> [Effect] {
    switch result {
    case .tenantsLoaded(let result, let time):
        model.now = max(model.now, time)
        noteFailure(&model, model.tenants.apply(result, at: time), at: time)
        refreshPulse(&model)
        return []

    case .connectorsLoaded(let tenant, let result, let time):
        guard tenant == model.connectors.tenant else { return [] }
        model.now = max(model.now, time)
        noteFailure(&model, model.connectors.apply(result, at: time), at: time)
        applyPendingJump(&model)
        return []

    case .jobsLoaded(let tenant, let result, let time):
        guard tenant == model.jobs.tenant else { return [] }
        model.now = max(model.now, time)
        noteFailure(&model, model.jobs.apply(jobs: result, at: time), at: time)
        // The tenant on screen is the pulse's freshest: the jobs pane's poll counts as its check.
        pulseChecked(&model, tenant, result, at: time)
        applyPendingJump(&model)
        return []

    case .stateLoaded(let ref, let result, let time):
        guard ref == model.state.connector else { return [] }
        model.now = max(model.now, time)
        noteFailure(&model, model.state.apply(result, at: time), at: time)
        return []

    case .discoverPolled(let ref, let result, let time):
        guard ref == model.discover.run?.connector else { return [] }
        model.now = max(model.now, time)
        let (effects, failure) = model.discover.apply(status: result, at: time)
        noteFailure(&model, failure, at: time)
        return effects

    case .catalogLoaded(let ref, let result, let time):
        guard ref == model.discover.run?.connector else { return [] }
        model.now = max(model.now, time)
        noteFailure(&model, model.discover.apply(catalog: result, at: time), at: time)
        return []

    case .jobPolled(let tenant, let root, let result, let time):
        guard tenant == model.jobs.tenant else { return [] }
        model.now = max(model.now, time)
        switch model.jobs.apply(job: root, result) {
        case .updated: return []
        case .ended(let job): return jobFinishedEffects(model, job: job, tenant: tenant)
        case .failed(let error):
            noteError(&model, error, at: time)
            return []
        }

    case .jobLogLoaded(let tenant, let root, let fromOffset, let result, let time):
        guard tenant == model.jobs.tenant, root == model.jobs.log.job else { return [] }
        model.now = max(model.now, time)
        noteFailure(&model, model.jobs.log.apply(result, fromOffset: fromOffset, at: time), at: time)
        return []

    case .pulseChecked(let tenant, let result, let time):
        pulseChecked(&model, tenant, result, at: time)
        return []
    }
}

private func noteFailure(_ model: inout Model, _ failure: APIError?, at time: Date) {
    if let failure { noteError(&model, failure, at: time) }
}

/// When a job ends, what it touched is read again: the jobs list and connectors (LAST JOB), and the state of its
/// connector if that is on screen (a read job moves the bookmarks).
private func jobFinishedEffects(_ model: Model, job: Job, tenant: TenantID) -> [Effect] {
    var refresh: Set<Subscription> = [.jobs(tenant), .connectors(tenant)]
    if let ref = model.state.connector, ref.tenant == tenant, job.connector == nil || job.connector == ref.connector {
        refresh.insert(.state(ref))
    }
    return [.refreshNow(refresh)]
}

func newestFirst(_ a: Job, _ b: Job) -> Bool {
    (a.startTime ?? .distantPast) > (b.startTime ?? .distantPast)
}

extension LogLine.Level {
    init(logLevel: String?) {
        switch logLevel?.uppercased() {
        case "ERROR", "CRITICAL", "FATAL": self = .error
        case "WARN", "WARNING": self = .warning
        case "DEBUG", "TRACE": self = .debug
        default: self = .info
        }
    }
}

extension String {
    /// Natural order: `tenant2` before `tenant10`.
    func naturalOrderPrecedes(_ other: String) -> Bool {
        let a = Array(lowercased().utf8), b = Array(other.lowercased().utf8)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            let da = a[i] >= 48 && a[i] <= 57, db = b[j] >= 48 && b[j] <= 57
            if da && db {
                var ni = i, nj = j
                while ni < a.count, a[ni] >= 48 && a[ni] <= 57 { ni += 1 }
                while nj < b.count, b[nj] >= 48 && b[nj] <= 57 { nj += 1 }
                let na = a[i..<ni].drop { $0 == 48 }, nb = b[j..<nj].drop { $0 == 48 }
                if na.count != nb.count { return na.count < nb.count }
                if !na.elementsEqual(nb) { return na.lexicographicallyPrecedes(nb) }
                i = ni
                j = nj
            } else {
                if a[i] != b[j] { return a[i] < b[j] }
                i += 1
                j += 1
            }
        }
        return a.count - i < b.count - j
    }
}
