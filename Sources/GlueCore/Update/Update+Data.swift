import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// Results of the pollers. A result for something no longer selected is dropped: its pane has moved on.
func applyPollResult(_ model: inout Model, _ result: PollResult) -> [Effect] {
    switch result {
    case .tenantsLoaded(let result, let time):
        model.now = max(model.now, time)
        switch result {
        case .success(let ids):
            let selected = model.tenants.selected
            model.tenants.all = ids.sorted { $0.rawValue.naturalOrderPrecedes($1.rawValue) }
            model.tenants.load.succeeded(at: time)
            if let selected, let index = model.tenants.visible.firstIndex(of: selected) {
                model.tenants.list.selected = index
            }
        case .failure(let error):
            model.tenants.load.failed(error, at: time)
            noteError(&model, error, at: time)
        }
        return []

    case .connectorsLoaded(let tenant, let result, let time):
        guard tenant == model.connectors.tenant else { return [] }
        model.now = max(model.now, time)
        switch result {
        case .success(let connectors):
            let selected = model.connectors.selected?.id
            model.connectors.all = connectors
            model.connectors.load.succeeded(at: time)
            if let selected, let index = model.connectors.visible.firstIndex(where: { $0.id == selected }) {
                model.connectors.list.selected = index
            }
        case .failure(let error):
            model.connectors.load.failed(error, at: time)
            noteError(&model, error, at: time)
        }
        return []

    case .jobsLoaded(let tenant, let result, let time):
        guard tenant == model.jobs.tenant else { return [] }
        model.now = max(model.now, time)
        switch result {
        case .success(let jobs):
            let selected = model.jobs.selected?.jobRoot
            model.jobs.all = jobs.sorted(by: newestFirst)
            model.jobs.load.succeeded(at: time)
            if model.jobs.followNewest {
                model.jobs.list.selected = 0
            } else if let selected, let index = model.jobs.visible.firstIndex(where: { $0.jobRoot == selected }) {
                model.jobs.list.selected = index
            }
            if let watched = model.jobs.watched,
               let fresh = jobs.first(where: { $0.jobRoot == watched.jobRoot }),
               (fresh.lastUpdated ?? .distantPast) > (watched.lastUpdated ?? .distantPast) {
                model.jobs.watched = fresh
            }
        case .failure(let error):
            model.jobs.load.failed(error, at: time)
            noteError(&model, error, at: time)
        }
        return []

    case .stateLoaded(let ref, let result, let time):
        guard ref == model.state.connector else { return [] }
        model.now = max(model.now, time)
        switch result {
        case .success(let document):
            if model.state.document != .some(document) {
                model.state.setDocument(document)
            }
            model.state.load.succeeded(at: time)
        case .failure(let error):
            model.state.load.failed(error, at: time)
            noteError(&model, error, at: time)
        }
        return []

    case .discoverPolled(let ref, let result, let time):
        guard ref == model.discover.run?.connector, var run = model.discover.run else { return [] }
        model.now = max(model.now, time)
        var effects: [Effect] = []
        switch result {
        case .success(let status):
            let wasRunning = run.isRunning
            run.status = status
            run.load.succeeded(at: time)
            if status.isRunning {
                if run.runningSince == nil { run.runningSince = time }
                run.finishedAt = nil
            } else if wasRunning {
                run.finishedAt = time
                // A finished discovery rewrote the catalog: read it again.
                run.catalog = nil
                run.catalogLoad = LoadState()
                effects.append(.refreshNow([.catalog(ref)]))
            }
        case .failure(let error):
            run.load.failed(error, at: time)
            noteError(&model, error, at: time)
        }
        model.discover.run = run
        return effects

    case .catalogLoaded(let ref, let result, let time):
        guard ref == model.discover.run?.connector else { return [] }
        model.now = max(model.now, time)
        switch result {
        case .success(let catalog):
            model.discover.run?.catalog = catalog
            model.discover.run?.catalogLoad.succeeded(at: time)
        case .failure(let error):
            model.discover.run?.catalogLoad.failed(error, at: time)
            noteError(&model, error, at: time)
        }
        return []

    case .jobPolled(let tenant, let root, let result, let time):
        guard tenant == model.jobs.tenant else { return [] }
        model.now = max(model.now, time)
        switch result {
        case .success(let job):
            let before = model.jobs.all.first { $0.jobRoot == root } ?? model.jobs.watched
            if let index = model.jobs.all.firstIndex(where: { $0.jobRoot == root }) {
                model.jobs.all[index] = job
            }
            if model.jobs.selected?.jobRoot == root { model.jobs.watched = job }
            if let before, !before.status.isTerminal, job.status.isTerminal {
                return jobFinishedEffects(model, job: job, tenant: tenant)
            }
        case .failure(let error):
            noteError(&model, error, at: time)
        }
        return []

    case .jobLogLoaded(let tenant, let root, let fromOffset, let result, let time):
        guard tenant == model.jobs.tenant, root == model.jobs.log.job else { return [] }
        model.now = max(model.now, time)
        switch result {
        case .success(.page(let page)):
            appendLog(&model.jobs.log, page: page, fromOffset: fromOffset)
            model.jobs.log.load.succeeded(at: time)
        case .success(.unavailable):
            model.jobs.log.logsUnavailable = true
            model.jobs.log.load.succeeded(at: time)
        case .failure(let error):
            model.jobs.log.load.failed(error, at: time)
            noteError(&model, error, at: time)
        }
        return []
    }
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

private func appendLog(_ log: inout LogViewState, page: JobLogPage, fromOffset: Int) {
    // Pages can overlap after a restart of the poller: keep only lines past what we already have.
    let skip = max(0, log.nextOffset - fromOffset)
    for line in page.lines.dropFirst(skip) {
        // Masked once on the way in: a log line that prints a token must not show it on screen.
        log.lines.append(LogLine(time: line.time, level: LogLine.Level(logLevel: line.level),
                                 text: SecretMasking.maskText(line.text)))
    }
    log.nextOffset = max(log.nextOffset, page.nextOffset)
    log.complete = page.isComplete ?? false
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
