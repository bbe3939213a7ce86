import struct Foundation.Date
import HotglueModels

/// The pulse screen's body: one summary row (what is failing, stuck and running, and how fresh that is), then the
/// sections' rows in one table. Every row says how fresh its news is (HEARD); Enter opens the selected one.
struct PulseView: Widget {
    var pane: PulsePane
    var now: Date

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        let border = PaneBorder(title: "Pulse", detail: "last " + PulseWindow.text(pane.window), focused: true)
        let content = border.draw(into: &frame, rect: rect, theme: theme)
        guard content.height > 1 else { return }
        frame.putSpans(summarySpans(theme), x: content.x + 1, y: content.y, width: content.width - 1)
        let rows = pane.rows
        let table = Table(columns: Self.columns, rowCount: rows.count, list: pane.cursor, focused: true) { index in
            PulseRowCells.cells(rows[index], data: pane.data, now: now, theme: theme)
        }
        table.draw(into: &frame, rect: Rect(x: content.x, y: content.y + 1, width: content.width,
                                            height: content.height - 1), theme: theme)
    }

    /// `3 failing · 1 stuck · 4 running · 24/25 tenants heard from · oldest 3m ago · webhook 2s ago`
    private func summarySpans(_ theme: Theme) -> [Span] {
        let summary = pane.summary
        let failing = summary.failures.reduce(0) { $0 + $1.count }
        var spans = [
            Span("\(NumberText.grouped(failing)) failing", failing > 0 ? theme.error : theme.dim),
            Span(" · ", theme.dim),
            Span("\(NumberText.grouped(summary.stuck.count)) stuck", summary.stuck.isEmpty ? theme.dim : theme.warning),
            Span(" · ", theme.dim),
            Span("\(NumberText.grouped(summary.running.count)) running", theme.dim),
            Span(" · ", theme.dim),
            Span("\(NumberText.grouped(summary.tenantsChecked))/\(NumberText.grouped(summary.tenantsKnown)) tenants heard from",
                 summary.tenantsChecked < summary.tenantsKnown ? theme.warning : theme.dim),
        ]
        if let oldest = summary.oldestHeard {
            spans.append(Span(" · oldest " + ClockText.ago(oldest, now: now), theme.dim))
        }
        if let event = summary.newestEvent {
            spans.append(Span(" · webhook " + ClockText.ago(event, now: now), theme.dim))
        }
        return spans
    }

    static let columns = [
        Table.Column(title: "CONNECTOR", minWidth: 10, maxWidth: 18, priority: 4),
        Table.Column(title: "WHAT", minWidth: 26, maxWidth: 90, priority: 5),
        Table.Column(title: "JOBS", minWidth: 4, maxWidth: 8, alignment: .right, priority: 3, shrinks: false),
        Table.Column(title: "TENANTS", minWidth: 6, maxWidth: 28, priority: 2),
        Table.Column(title: "WHEN", minWidth: 6, maxWidth: 18, priority: 3, shrinks: false),
        Table.Column(title: "HEARD", minWidth: 6, maxWidth: 16, priority: 1, shrinks: false),
    ]
}
