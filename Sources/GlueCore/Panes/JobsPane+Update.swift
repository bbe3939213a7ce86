import struct Foundation.Date
import HotglueModels

extension JobsPane {
    /// A poll of the tenant's jobs: newest first; the newest stays selected while `followNewest`, else the same
    /// job; the watched job is replaced only by a fresher copy. Returns the failure for the status line.
    mutating func apply(jobs result: Result<[Job], APIError>, at time: Date) -> APIError? {
        switch result {
        case .success(let jobs):
            let kept = selected?.jobRoot
            all = jobs.sorted(by: newestFirst)
            load.succeeded(at: time)
            if followNewest {
                list.selected = 0
            } else if let kept, let index = visible.firstIndex(where: { $0.jobRoot == kept }) {
                list.selected = index
            }
            if let watched, let fresh = jobs.first(where: { $0.jobRoot == watched.jobRoot }),
               (fresh.lastUpdated ?? .distantPast) > (watched.lastUpdated ?? .distantPast) {
                self.watched = fresh
            }
            return nil
        case .failure(let error):
            load.failed(error, at: time)
            return error
        }
    }

    /// What a poll of one job brought: the job, if this poll saw it end.
    enum JobPoll: Equatable {
        case updated
        case ended(Job)
        case failed(APIError)
    }

    /// A poll of one job (the selected one while it runs).
    mutating func apply(job root: JobRoot, _ result: Result<Job, APIError>) -> JobPoll {
        switch result {
        case .success(let job):
            let before = all.first { $0.jobRoot == root } ?? watched
            if let index = all.firstIndex(where: { $0.jobRoot == root }) { all[index] = job }
            if selected?.jobRoot == root { watched = job }
            if let before, !before.status.isTerminal, job.status.isTerminal { return .ended(job) }
            return .updated
        case .failure(let error):
            return .failed(error)
        }
    }

    /// j/k choose the job (back on the newest means "keep me on the newest"); paging and g/G scroll its log.
    mutating func move(_ command: Command, listRows: Int, logRows: Int) {
        switch command {
        case .moveUp, .moveDown:
            list.apply(command, count: visible.count, visibleRows: listRows)
            followNewest = list.selected == 0
        default:
            scrollLog(command, visibleRows: logRows)
        }
    }

    /// PgUp/PgDn/g/G scroll the log; scrolling up pauses following, reaching the end resumes it.
    mutating func scrollLog(_ command: Command, visibleRows: Int) {
        let total = logDocument.count
        let rows = max(1, visibleRows)
        let bottom = max(0, total - rows)
        let current = log.follow ? bottom : min(log.offset, bottom)
        switch command {
        case .pageUp: log.offset = max(0, current - rows)
        case .pageDown: log.offset = min(bottom, current + rows)
        case .top: log.offset = 0
        case .bottom: log.offset = bottom
        default: break
        }
        log.follow = log.offset >= bottom
    }

    /// `/` then `n`/`N`: jumps to the next line containing the search text and pauses following there. Returns
    /// what the status line says when nothing matches.
    mutating func searchLog(forward: Bool, continuing: Bool, visibleRows: Int) -> String? {
        let query = log.search
        guard !query.isEmpty else { return nil }
        let document = logDocument
        let start: Int
        if continuing, let current = log.searchMatch {
            start = forward ? current + 1 : current - 1
        } else {
            start = log.follow ? 0 : log.offset
        }
        guard let match = document.firstMatch(query, from: max(0, start) % max(1, document.count), forward: forward) else {
            log.searchMatch = nil
            return "no match for \"\(query)\""
        }
        let rows = max(1, visibleRows)
        log.searchMatch = match
        log.follow = false
        log.offset = max(0, min(match - rows / 2, document.count - rows))
        return nil
    }
}

extension LogViewState {
    /// A page of the job's log (or the answer that the API has none). Returns the failure for the status line.
    mutating func apply(_ result: Result<JobLogResult, APIError>, fromOffset: Int, at time: Date) -> APIError? {
        switch result {
        case .success(.page(let page)):
            append(page, fromOffset: fromOffset)
            load.succeeded(at: time)
            return nil
        case .success(.unavailable):
            logsUnavailable = true
            load.succeeded(at: time)
            return nil
        case .failure(let error):
            load.failed(error, at: time)
            return error
        }
    }

    private mutating func append(_ page: JobLogPage, fromOffset: Int) {
        // Pages can overlap after a restart of the poller: keep only lines past what we already have.
        let skip = max(0, nextOffset - fromOffset)
        for line in page.lines.dropFirst(skip) {
            // Masked once on the way in: a log line that prints a token must not show it on screen.
            lines.append(LogLine(time: line.time, level: LogLine.Level(logLevel: line.level),
                                 text: SecretMasking.maskText(line.text)))
        }
        filter?.scan(lines, text: \.text)
        nextOffset = max(nextOffset, page.nextOffset)
        complete = page.isComplete ?? false
    }
}

extension JobsPane {
    /// The pane for another tenant (or none): its jobs are read anew, the operator's view of it kept (the
    /// `:jobs` filter, follow and wrap).
    func showing(tenant: TenantID?) -> JobsPane {
        var pane = JobsPane()
        pane.tenant = tenant
        pane.filter = filter
        pane.log.keepView(of: log)
        return pane
    }

    /// `&`: only the lines matching `query` (empty: all of them), following the newest. Returns what the status
    /// line says.
    mutating func filterLog(_ query: String) -> String? {
        log.setFilter(query.isEmpty ? nil : LogFilter(query: query, context: log.context))
        log.searchMatch = nil
        log.follow = true
        guard let filter = log.filter else { return nil }
        return filter.problem.map { "\(filter.filter.query): \($0)" }
    }

    /// `:context N`: lines around each match of the filter.
    mutating func setLogContext(_ lines: Int) -> String {
        log.context = min(max(0, lines), LogFilter.maximumContext)
        if let filter = log.filter?.filter {
            log.setFilter(LogFilter(query: filter.query, context: log.context))
        }
        return "log filter context: \(log.context) line\(log.context == 1 ? "" : "s")"
    }

    /// `t`: the log's times absolute, relative to the job's start, or hidden. Returns what the status line says.
    mutating func cycleLogTimes() -> String {
        log.timeMode = log.timeMode.next
        return log.timeMode.notice
    }

    /// Esc: clears the log filter, if there is one.
    mutating func clearLogFilter() -> Bool {
        guard log.filter != nil else { return false }
        log.filter = nil
        log.searchMatch = nil
        return true
    }

    /// `:jobs failed|running|completed|all`: the newest matching job selected and followed.
    mutating func show(_ filter: JobListFilter) {
        self.filter = filter
        list.selected = 0
        followNewest = true
    }

    /// The log follows the selected job: another job, another log (follow and wrap kept).
    mutating func followSelection() {
        let job = selected?.jobRoot
        guard job != log.job else { return }
        log.reset(for: job)
        watched = nil
    }

    /// `f`: follow the log's end, or pause where it is. Returns what the status line says.
    mutating func toggleFollow() -> String {
        log.follow.toggle()
        return log.follow ? "following the log" : "log paused"
    }

    /// Esc: clears the log search, if there is one (else Esc means something else).
    mutating func clearSearch() -> Bool {
        guard !log.search.isEmpty else { return false }
        log.search = ""
        log.searchMatch = nil
        return true
    }

    /// A job started here: shown at once, selected and followed, so the job and log subscriptions poll it live.
    /// A job of another tenant than the one shown changes nothing.
    mutating func insertStarted(_ job: Job, tenant: TenantID) {
        guard tenant == self.tenant else { return }
        if let root = job.jobRoot, let index = all.firstIndex(where: { $0.jobRoot == root }) {
            all[index] = job
        } else {
            all.insert(job, at: 0)
        }
        if !filter.matches(job.status) { filter = .all }
        followNewest = true
        log.follow = true
        if let index = visible.firstIndex(where: { $0.jobRoot == job.jobRoot && $0.id == job.id }) {
            list.selected = index
        }
    }
}
