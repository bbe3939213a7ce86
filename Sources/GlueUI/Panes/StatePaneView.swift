import struct Foundation.Date
/// Pane 4: the selected connector's Singer state as a foldable JSON tree; the selected member's path in the
/// bottom border.
struct StatePaneView: Widget {
    var pane: StatePane
    var focused: Bool
    /// For the age of the newest bookmark.
    var now: Date

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        let title = PaneID.state.title + (pane.connector.map { " · " + $0.connector.rawValue } ?? "")
        var pathLabel: [Span] = []
        if focused, let row = pane.selectedRow, !row.path.components.isEmpty {
            pathLabel = [Span(row.path.description, theme.dim)]
        }
        let bookmark = pane.newestBookmark.map { "bookmark " + ClockText.ago($0, now: now) }
        let border = PaneBorder(title: title, detail: bookmark, focused: focused, bottomLeft: pathLabel,
                                bottomRight: PaneLoadStatus.staleLabel(pane.load, paneWidth: rect.width, theme: theme))
        let content = border.draw(into: &frame, rect: rect, theme: theme)
        guard let connector = pane.connector else {
            PaneLoadStatus.draw(Span("select a connector", theme.dim), into: &frame, rect: content)
            return
        }
        switch pane.document {
        case .none:
            let message = PaneLoadStatus.placeholder(pane.load, isEmpty: false, emptyText: "", theme: theme)
            PaneLoadStatus.draw(message ?? Span("loading…", theme.dim), into: &frame, rect: content)
        case .some(.none):
            PaneLoadStatus.draw(Span("no state for \(connector.connector) (it has not synced yet)", theme.dim),
                                into: &frame, rect: content)
        case .some(.some):
            JSONTreeView(rows: pane.rows, cursor: pane.cursor, focused: focused)
                .draw(into: &frame, rect: content, theme: theme)
        }
    }
}
