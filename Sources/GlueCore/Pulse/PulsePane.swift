import struct Foundation.Date
import typealias Foundation.TimeInterval
import HotglueModels

/// The pulse: every failing, stuck and running job across the flow's tenants. Its data comes from checks of each
/// tenant's job list (round-robin, paced: `PulseSchedule`), from the jobs pane's own polls, and from webhook
/// events; its summary and rows are recomputed when data arrives, so keys only move the cursor.
public struct PulsePane: Hashable, Sendable {
    public var data = PulseData()
    public private(set) var summary = PulseSummary()
    public private(set) var rows: [PulseRow] = PulseRow.rows(for: PulseSummary())
    /// The cursor, over `rows` (headings are stepped over).
    public var cursor = ListState()
    /// Failures are counted inside this window (`:pulse 6h`).
    public var window: TimeInterval = PulsePane.defaultWindow
    /// Seconds between two checks of the sweep (a profile's `pulse: requests_per_second`).
    public var secondsPerCheck: Double = PulsePane.defaultSecondsPerCheck
    /// Whether what an earlier run knew was read (or found missing): until then the cache is not written over.
    public private(set) var earlierRunRead = false
    /// The tenant the sweep checks next; nil when there is nothing to check.
    public private(set) var nextCheck: TenantID?

    public static let defaultWindow: TimeInterval = 24 * 3_600
    /// One request a second on the pulse (the panes' polls rest there).
    public static let defaultSecondsPerCheck = 1.0
    /// Webhooks heard within this long count as arriving: the sweep then only reconciles what delivery missed.
    public static let webhooksLiveFor: TimeInterval = 300

    /// The sweep's pace now: the profile's on the pulse; half of it on the panes, whose own polls share the
    /// budget; a quarter of that again while webhooks arrive.
    public func checkInterval(onPulse: Bool, now: Date) -> Double {
        var seconds = secondsPerCheck
        if !onPulse { seconds *= 2 }
        if let event = summary.newestEvent, now.timeIntervalSince(event) < Self.webhooksLiveFor { seconds *= 4 }
        return seconds
    }

    /// Counts the refreshes: two panes with the same revision hold the same data. Comparing the data itself
    /// (100,000 jobs) after every key would cost more than the key.
    public private(set) var revision = 0

    public init() {}

    /// Starts from what an earlier run knew (the cache), for the tenants this run has not heard from yet; the
    /// sweep then checks the stalest first.
    public mutating func restore(_ earlier: PulseData, tenants: [TenantID], now: Date, showing: Bool) {
        earlierRunRead = true
        data.adopt(earlier)
        data.prune(now: now, window: window)
        refresh(tenants: tenants, onScreen: nil, now: now, showing: false)
        if showing { recompute(tenants: tenants, now: now) }
    }

    public static func == (lhs: PulsePane, rhs: PulsePane) -> Bool {
        lhs.revision == rhs.revision && lhs.cursor == rhs.cursor && lhs.window == rhs.window
            && lhs.secondsPerCheck == rhs.secondsPerCheck && lhs.nextCheck == rhs.nextCheck
            && lhs.inlineSummaryJobLimit == rhs.inlineSummaryJobLimit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(revision)
        hasher.combine(cursor)
        hasher.combine(window)
    }

    /// Whether jobs changed (or the window did) since the summary's jobs part was computed.
    public var summaryIsStale: Bool {
        data.jobsRevision != summarized.jobsRevision || window != summarized.window
    }
    /// When the summary's jobs part was last computed, or asked for (the model's clock).
    public private(set) var summaryComputedAt: Date?
    /// While data keeps arriving, the summary is computed at most this often (the clock's tick does the rest): at
    /// 100,000 jobs a computation costs tens of milliseconds, and a webhook flood must not spend them per batch.
    public static let recomputeInterval: TimeInterval = 1
    /// Even when no job changed, the jobs part is computed again this often: failures leave the window as time
    /// passes.
    public static let agingInterval: TimeInterval = 60
    /// Up to this many jobs the summary is computed on the loop, at once (a few milliseconds at most); above it,
    /// off the loop (`Effect.summarizePulse`), the screen showing the last one until the new one arrives.
    public var inlineSummaryJobLimit = 2_000
    /// The computation asked for and not yet back (its id).
    public private(set) var summaryInFlight: Int?
    /// A computation to ask for (`takeSummaryRequest`, after every message).
    private var summaryWanted = false
    private var summaryRequests = 0
    private var summarized = (jobsRevision: -1, window: PulsePane.defaultWindow)

    /// After data arrived, or the tenants or the screen changed: the next tenant to check at once; the summary
    /// when the pulse is showing, its jobs changed and the last one is `recomputeInterval` old (else at the next
    /// tick).
    public mutating func refresh(tenants: [TenantID], onScreen: TenantID?, now: Date, showing: Bool = true) {
        revision &+= 1
        nextCheck = PulseSchedule.next(tenants: tenants, data: data, onScreen: onScreen, now: now)
        guard showing else { return }
        // Small data: who was heard from is counted at once too, when the summary was not (large data waits for
        // the tick).
        if !summarize(tenants: tenants, now: now, force: false), data.jobCount <= inlineSummaryJobLimit {
            refreshFreshness(tenants: tenants, now: now)
        }
    }

    /// The clock's tick while the pulse shows: what arrived since the last summary, and every age moved on.
    public mutating func tick(tenants: [TenantID], now: Date) {
        if !summarize(tenants: tenants, now: now, force: false) { refreshFreshness(tenants: tenants, now: now) }
    }

    /// The summary now (opening the pulse): computed at once when the data is small, else asked for.
    public mutating func recompute(tenants: [TenantID], now: Date) {
        if !summarize(tenants: tenants, now: now, force: true) { refreshFreshness(tenants: tenants, now: now) }
    }

    /// Whether the summary was computed here (with its freshness); else it was asked for, or not due.
    private mutating func summarize(tenants: [TenantID], now: Date, force: Bool) -> Bool {
        let aged = summaryComputedAt.map { now.timeIntervalSince($0) >= Self.agingInterval } ?? true
        guard force || summaryIsStale || aged else { return false }
        let due = summaryComputedAt.map { now.timeIntervalSince($0) >= Self.recomputeInterval || $0 > now } ?? true
        guard force || due else { return false }
        if data.jobCount <= inlineSummaryJobLimit {
            revision &+= 1
            summaryComputedAt = now
            summarized = (data.jobsRevision, window)
            summary = PulseSummary.ofJobs(data, now: now, window: window)
            refreshFreshness(tenants: tenants, now: now, rowsChanged: true)
            return true
        }
        if summaryInFlight == nil {
            summaryComputedAt = now
            summaryWanted = true
        }
        return false
    }

    /// The computation to run off the loop, once: `update` hands it on as an effect.
    public mutating func takeSummaryRequest() -> PulseSummaryRequest? {
        guard summaryWanted, let at = summaryComputedAt else { return nil }
        summaryWanted = false
        summaryRequests &+= 1
        summaryInFlight = summaryRequests
        return PulseSummaryRequest(id: summaryRequests, data: data, now: at, window: window)
    }

    /// A computation's result: shown when it is the one asked for last (a newer request supersedes it).
    public mutating func apply(_ result: PulseSummaryResult, tenants: [TenantID], now: Date) {
        guard result.id == summaryInFlight else { return }
        summaryInFlight = nil
        revision &+= 1
        summarized = (result.jobsRevision, result.window)
        summary = result.summary
        refreshFreshness(tenants: tenants, now: now, rowsChanged: true)
    }

    /// Stuck or running, and who was heard from when; the rows again when a section changed.
    private mutating func refreshFreshness(tenants: [TenantID], now: Date, rowsChanged: Bool = false) {
        let before = (summary.stuck, summary.running, summary.tenantsChecked, summary.oldestHeard, summary.newestEvent)
        summary.refreshFreshness(data: data, tenants: tenants, now: now)
        if before != (summary.stuck, summary.running, summary.tenantsChecked, summary.oldestHeard, summary.newestEvent) {
            revision &+= 1
        }
        guard rowsChanged || before.0 != summary.stuck || before.1 != summary.running else { return }
        let selected = rows.indices.contains(cursor.selected) ? rows[cursor.selected].identity : nil
        rows = PulseRow.rows(for: summary)
        if let selected, let index = rows.firstIndex(where: { $0.identity == selected }) {
            cursor.selected = index
        } else {
            cursor.selected = min(cursor.selected, rows.count - 1)
        }
        if !rows.indices.contains(cursor.selected) || !rows[cursor.selected].isSelectable { stepToSelectable(forward: true) }
    }

    /// Opening the pulse: the cursor on its first row (the newest failure when there is one), the list at the top.
    mutating func cursorToTop() {
        cursor.selected = 0
        cursor.offset = 0
        stepToSelectable(forward: true)
    }

    public var selectedRow: PulseRow? {
        rows.indices.contains(cursor.selected) && rows[cursor.selected].isSelectable ? rows[cursor.selected] : nil
    }

    /// j/k, paging, g/G: over the rows Enter can open.
    mutating func move(_ command: Command, visibleRows: Int) {
        let before = cursor.selected
        cursor.apply(command, count: rows.count, visibleRows: visibleRows)
        let forward = cursor.selected >= before
        stepToSelectable(forward: forward)
        if selectedRow == nil { cursor.selected = before }
        cursor.clamp(count: rows.count, visibleRows: visibleRows)
    }

    private mutating func stepToSelectable(forward: Bool) {
        var index = cursor.selected
        while rows.indices.contains(index), !rows[index].isSelectable { index += forward ? 1 : -1 }
        if !rows.indices.contains(index) {
            index = cursor.selected
            while rows.indices.contains(index), !rows[index].isSelectable { index += forward ? -1 : 1 }
        }
        if rows.indices.contains(index) { cursor.selected = index }
    }
}
