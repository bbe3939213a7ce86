import struct Foundation.Date
import HotglueModels

/// One line of the log view: either a status change from the job's timeline or a line of its log.
public struct LogLine: Hashable, Sendable {
    public enum Level: Hashable, Sendable { case info, warning, error, status, debug }
    public var time: Date?
    public var level: Level
    public var text: String

    public init(time: Date?, level: Level, text: String) {
        self.time = time
        self.level = level
        self.text = text
    }
}

/// The log of the selected job: a capped buffer, follow/pause, wrap, `/` search, the `&` filter and the time column.
public struct LogViewState: Hashable, Sendable {
    public static let defaultCapacity = 50_000

    public var job: JobRoot?
    public var lines = LogBuffer<LogLine>(capacity: LogViewState.defaultCapacity)
    /// The next offset to ask the log endpoint for.
    public var nextOffset = 0
    public var complete = false
    /// The API has no log endpoint (the real Hotglue API): show the status timeline and messages instead.
    public var logsUnavailable = false
    public var follow = true
    public var wrap = false
    /// First visible line when not following.
    public var offset = 0
    public var search = ""
    public var searchMatch: Int?
    /// `&`: the lines shown, when a filter is set (kept as pages arrive).
    public var filter: LogFilterRows?
    /// `:context N`: lines shown around each match of the filter.
    public var context = 0
    /// `t`: absolute, relative to the job's start, or hidden.
    public var timeMode = LogTimeMode.absolute
    public var load = LoadState()

    public init() {}

    /// Another job: its log is read anew; the operator's view of a log (follow, wrap, times, the filter and its
    /// context) is kept.
    public mutating func reset(for job: JobRoot?) {
        let kept = self
        self = LogViewState()
        self.job = job
        keepView(of: kept)
    }

    mutating func keepView(of other: LogViewState) {
        follow = other.follow
        wrap = other.wrap
        timeMode = other.timeMode
        context = other.context
        if let filter = other.filter?.filter { setFilter(filter) }
    }

    /// Shows only the lines matching `filter` (nil: every line), from the newest.
    public mutating func setFilter(_ filter: LogFilter?) {
        guard let filter, !filter.query.isEmpty else {
            self.filter = nil
            return
        }
        self.filter = LogFilterRows(filter: filter, buffer: lines, text: \.text)
    }
}

public struct JobsPane: Hashable, Sendable {
    public var tenant: TenantID?
    public var all: [Job] = []
    public var list = ListState()
    public var load = LoadState()
    /// True until the operator picks a job: the newest job stays selected as new ones appear.
    public var followNewest = true
    /// Filter from `:jobs failed|running|completed|all`.
    public var filter: JobListFilter = .all
    /// The selected job as last polled (fresher than the list while it runs).
    public var watched: Job?
    public var log = LogViewState()

    public init() {}

    public var visible: [Job] {
        filter == .all ? all : all.filter { filter.matches($0.status) }
    }

    public var selected: Job? {
        let rows = visible
        guard rows.indices.contains(list.selected) else { return nil }
        let job = rows[list.selected]
        if let watched, watched.jobRoot == job.jobRoot { return watched }
        return job
    }
}

/// Which jobs the jobs pane lists (`:jobs failed`).
public enum JobListFilter: String, Hashable, Sendable, CaseIterable {
    case all, failed, running, completed

    public func matches(_ status: JobStatus) -> Bool {
        switch self {
        case .all: return true
        case .failed: return status.isFailure
        case .running: return !status.isTerminal
        case .completed: return status.isTerminal && !status.isFailure
        }
    }
}
