import struct Foundation.Date
import HotglueModels

/// Pane 3: discovery for the selected connector. Three summary rows (status with spinner and elapsed time, a bar,
/// what was found), then the catalog's streams: selected or not, and how each replicates. When the pane is wide the
/// status and bar share a row, and the streams get a header.
struct DiscoverPaneView: Widget {
    var pane: DiscoverPane
    var now: Date
    var focused: Bool

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        let run = pane.run
        let title = PaneID.discover.title + (run.map { " · " + $0.connector.connector.rawValue } ?? "")
        let stale = run.map { PaneLoadStatus.staleLabel($0.load, paneWidth: rect.width, theme: theme) } ?? []
        let border = PaneBorder(title: title, detail: nil, focused: focused, bottomRight: stale)
        let content = border.draw(into: &frame, rect: rect, theme: theme)
        guard let run else {
            PaneLoadStatus.draw(Span("select a connector", theme.dim), into: &frame, rect: content)
            return
        }
        guard let status = run.status else {
            let message = PaneLoadStatus.placeholder(run.load, isEmpty: false, emptyText: "", theme: theme)
            PaneLoadStatus.draw(message ?? Span("loading…", theme.dim), into: &frame, rect: content)
            return
        }
        guard content.width > 2, content.height > 0 else { return }
        let wide = content.width >= 60
        // Without streams to list, a failure's message may use the whole pane.
        let hasStreams = !(run.catalog?.streams.isEmpty ?? true)
        let summaryHeight = hasStreams ? DiscoverPaneLayout.summaryRows : content.height
        let rows = summaryRows(run, status: status, wide: wide, width: content.width - 2, height: summaryHeight,
                               theme: theme)
        for (offset, row) in rows.prefix(min(content.height, summaryHeight)).enumerated() {
            frame.putSpans(row, x: content.x + 1, y: content.y + offset, width: content.width - 2)
        }
        drawStreams(run, in: content, wide: wide, into: &frame, theme: theme)
    }

    private func summaryRows(_ run: DiscoverRun, status: DiscoverStatus, wide: Bool, width: Int, height: Int,
                             theme: Theme) -> [[Span]] {
        let connector = run.connector.connector.rawValue
        var statusRow: [Span]
        var bar: [Span] = []
        var detail: [[Span]] = []
        switch status {
        case .running:
            let elapsed = run.runningSince.map { now.timeIntervalSince($0) } ?? 0
            statusRow = [Span(Spinner.frame(at: now) + " RUNNING", theme.running),
                         Span("  " + ClockText.stopwatch(elapsed), theme.text)]
            bar = ProgressBar.indeterminate(elapsedSeconds: elapsed, width: min(wide ? 24 : width, 32), theme: theme)
            if let since = run.runningSince {
                detail.append([Span("watching since " + ClockText.timeOfDay(since), theme.dim)])
            }
        case .succeeded:
            statusRow = [Span("✓ SUCCEEDED", theme.success)]
            if let finished = run.finishedAt {
                statusRow.append(Span("  " + ClockText.ago(finished, now: now), theme.dim))
            }
        case .failed(let message):
            statusRow = [Span("✗ FAILED", theme.error)]
            // The message gets the rows left under the status, less one for the catalog; a cut shows as "…".
            var lines = WordWrap.lines(message ?? "discovery failed without a message", width: max(1, width))
            let room = max(1, height - 2)
            if lines.count > room {
                lines = Array(lines.prefix(room))
                lines[room - 1] += " …"
            }
            detail += lines.map { [Span($0, theme.error)] }
        case .none:
            statusRow = [Span("no discovery known for \(connector)", theme.dim)]
        case .other(let text):
            statusRow = [Span("● " + text, theme.running)]
        }
        // What was found comes after what happened: a failure's message matters more than an old catalog.
        if !status.isRunning || run.catalog != nil { detail.append(catalogSummary(run, status: status, theme: theme)) }
        if wide {
            if !bar.isEmpty { statusRow += [Span("  ", theme.text)] + bar }
            return [statusRow] + detail
        }
        return [statusRow] + (bar.isEmpty ? [] : [bar]) + detail
    }

    /// `14 streams found · 9 selected`, or where the catalog read stands.
    private func catalogSummary(_ run: DiscoverRun, status: DiscoverStatus, theme: Theme) -> [Span] {
        if let catalog = run.catalog {
            let selected = catalog.streams.filter(\.isSelected).count
            let verb = status == .none ? "in the catalog" : "found"
            return [Span(NumberText.counted(catalog.streams.count, "stream") + " " + verb, theme.text),
                    Span(" · \(selected) selected", theme.dim)]
        }
        if let error = run.catalogLoad.lastError, !error.isCancellation {
            return [Span("✗ catalog: " + error.message, theme.error)]
        }
        return [Span(run.catalogLoad.hasData ? "no catalog" : "reading the catalog…", theme.dim)]
    }

    private func drawStreams(_ run: DiscoverRun, in content: Rect, wide: Bool, into frame: inout Frame,
                             theme: Theme) {
        guard let streams = run.catalog?.streams, !streams.isEmpty else { return }
        let top = DiscoverPaneLayout.summaryRows - (wide ? 1 : 0)
        let area = Rect(x: content.x, y: content.y + top, width: content.width, height: content.height - top)
        guard area.height > (wide ? 1 : 0) else { return }
        let table = Table(columns: Self.columns, showsHeader: wide, rowCount: streams.count, list: pane.list,
                          focused: focused) { index in
            let stream = streams[index]
            let style = stream.isSelected ? nil : theme.dim
            return [Table.Cell(stream.isSelected ? "✓" : "·", stream.isSelected ? theme.success : theme.dim),
                    Table.Cell(stream.tapStreamID, style),
                    Table.Cell(stream.replicationMethod ?? "—", style ?? theme.text),
                    Table.Cell(stream.replicationKey ?? "", theme.dim)]
        }
        table.draw(into: &frame, rect: area, theme: theme)
    }

    static let columns = [
        Table.Column(title: "", minWidth: 1, maxWidth: 1, priority: 4),
        Table.Column(title: "STREAM", minWidth: 10, maxWidth: 40, priority: 3),
        Table.Column(title: "METHOD", minWidth: 6, maxWidth: 12, priority: 2, shrinks: false),
        Table.Column(title: "KEY", minWidth: 10, maxWidth: 24, priority: 1),
    ]
}
