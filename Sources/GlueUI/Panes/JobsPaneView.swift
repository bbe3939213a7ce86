import struct Foundation.Date
import HotglueModels

/// Pane 5: the tenant's jobs on top; under a rule naming the selected job (with a stage bar while it runs) and the
/// log's state, the job's status timeline and log lines.
struct JobsPaneView: Widget {
    var pane: JobsPane
    var now: Date
    var focused: Bool

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        let visible = pane.visible
        var title = PaneID.jobs.title + (pane.tenant.map { " · " + $0.rawValue } ?? "")
        var count = NumberText.grouped(pane.all.count)
        if pane.filter != .all {
            title += " · " + pane.filter.rawValue
            count = NumberText.grouped(visible.count) + "/" + count
        }
        let search = pane.log.search.isEmpty ? [] : [Span("search: ", theme.dim), Span(pane.log.search, theme.accent)]
        let stale = PaneLoadStatus.staleLabel(pane.load, paneWidth: rect.width, theme: theme)
        let border = PaneBorder(title: title, detail: pane.load.hasData ? count : nil, focused: focused,
                                bottomLeft: search, bottomRight: stale)
        let content = border.draw(into: &frame, rect: rect, theme: theme)
        guard let tenant = pane.tenant else {
            PaneLoadStatus.draw(Span("select a tenant", theme.dim), into: &frame, rect: content)
            return
        }
        let empty = pane.filter == .all ? "no jobs for \(tenant)"
            : "no \(pane.filter.rawValue) jobs (of \(NumberText.grouped(pane.all.count)))"
        if let message = PaneLoadStatus.placeholder(pane.load, isEmpty: visible.isEmpty, emptyText: empty, theme: theme) {
            PaneLoadStatus.draw(message, into: &frame, rect: content)
            return
        }
        let split = JobsPaneLayout(contentHeight: content.height)
        let tableRect = Rect(x: content.x, y: content.y, width: content.width,
                             height: min(content.height, 1 + split.jobRows))
        let now = now
        Table(columns: JobCells.columns, rowCount: visible.count, list: pane.list, focused: focused) { index in
            JobCells.cells(visible[index], now: now, theme: theme)
        }.draw(into: &frame, rect: tableRect, theme: theme)

        let ruleY = tableRect.maxY
        guard ruleY < content.maxY else { return }
        let document = pane.logDocument
        JobsRule(pane: pane, now: now, document: document, focused: focused)
            .draw(into: &frame, paneRect: rect, y: ruleY, theme: theme)
        let logRect = Rect(x: content.x, y: ruleY + 1, width: content.width, height: content.maxY - ruleY - 1)
        LogView(document: document, state: pane.log, focused: focused).draw(into: &frame, rect: logRect, theme: theme)
        drawLogNote(document: document, in: logRect, into: &frame, theme: theme)
    }

    /// Under a short log: why there are no log lines (the API has none, or reading them failed).
    private func drawLogNote(document: LogDocument, in rect: Rect, into frame: inout Frame, theme: Theme) {
        let log = pane.log
        let note: Span
        if log.logsUnavailable {
            note = Span("the API has no log endpoint: showing the job's status timeline", theme.dim)
        } else if document.buffer.isEmpty, let error = log.load.lastError, !error.isCancellation {
            note = Span("✗ log: " + error.message, theme.error)
        } else {
            return
        }
        let free = rect.height - document.count
        guard free >= 2 else { return }
        let area = Rect(x: rect.x - 1, y: rect.y + document.count + 1, width: rect.width + 1, height: free - 1)
        PaneLoadStatus.draw(note, into: &frame, rect: area)
    }
}
