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

    /// Starts from what an earlier run knew (the cache); the sweep then checks the stalest first.
    public mutating func restore(_ data: PulseData, tenants: [TenantID], now: Date) {
        self.data = data
        refresh(tenants: tenants, onScreen: nil, now: now)
        recompute(tenants: tenants, now: now)
    }

    public static func == (lhs: PulsePane, rhs: PulsePane) -> Bool {
        lhs.revision == rhs.revision && lhs.cursor == rhs.cursor && lhs.window == rhs.window
            && lhs.secondsPerCheck == rhs.secondsPerCheck && lhs.nextCheck == rhs.nextCheck
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(revision)
        hasher.combine(cursor)
        hasher.combine(window)
    }

    /// Whether data arrived since the summary was computed.
    public private(set) var summaryIsStale = false
    /// When the summary was last computed (the model's clock).
    public private(set) var summaryComputedAt: Date?
    /// While data keeps arriving, the summary is computed at most this often (the clock's tick does the rest): at
    /// 100,000 jobs a computation costs tens of milliseconds, and a webhook flood must not spend them per batch.
    public static let recomputeInterval: TimeInterval = 1

    /// After data arrived, or the tenants or the screen changed: the next tenant to check at once; the summary
    /// when the pulse is showing and the last one is `recomputeInterval` old (else at the next tick).
    public mutating func refresh(tenants: [TenantID], onScreen: TenantID?, now: Date, showing: Bool = true) {
        revision &+= 1
        summaryIsStale = true
        nextCheck = PulseSchedule.next(tenants: tenants, data: data, onScreen: onScreen, now: now)
        if showing, summaryComputedAt.map({ now.timeIntervalSince($0) >= Self.recomputeInterval || $0 > now }) ?? true {
            recompute(tenants: tenants, now: now)
        }
    }

    /// The summary and rows from the data now, the cursor kept on the same row where it can be.
    public mutating func recompute(tenants: [TenantID], now: Date) {
        revision &+= 1
        summaryIsStale = false
        summaryComputedAt = now
        data.prune(now: now, window: window)
        let selected = rows.indices.contains(cursor.selected) ? rows[cursor.selected].identity : nil
        summary = PulseSummary(data: data, tenants: tenants, now: now, window: window)
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
