import struct Foundation.Date
import HotglueModels

/// Pane 2: the selected tenant's linked connectors: ID, LABEL, TYPE and LAST JOB. (How far a connector has read,
/// its newest bookmark, is in the state pane's border: the list does not carry states.)
struct ConnectorsPaneView: Widget {
    var pane: ConnectorsPane
    /// The jobs pane, for each connector's last job (same tenant).
    var jobs: JobsPane
    /// Whether the tenants have arrived: the empty pane says "select a tenant" rather than "waiting".
    var tenantsLoaded: Bool
    var now: Date
    var focused: Bool

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        let visible = pane.visible
        let filter = pane.list.filter
        let count = filter.isEmpty ? NumberText.grouped(pane.all.count)
            : NumberText.grouped(visible.count) + "/" + NumberText.grouped(pane.all.count)
        let title = PaneID.connectors.title + (pane.tenant.map { " · " + $0.rawValue } ?? "")
        let border = PaneBorder(title: title, detail: pane.load.hasData ? count : nil, focused: focused,
                                bottomLeft: FilterLabel.spans(filter, theme: theme),
                                bottomRight: PaneLoadStatus.staleLabel(pane.load, paneWidth: rect.width, theme: theme))
        let content = border.draw(into: &frame, rect: rect, theme: theme)
        guard let tenant = pane.tenant else {
            PaneLoadStatus.draw(Span(tenantsLoaded ? "select a tenant" : "waiting for tenants…", theme.dim),
                                into: &frame, rect: content)
            return
        }
        let empty = filter.isEmpty ? "no linked connectors for \(tenant)" : "no connector matches \"\(filter)\""
        if let message = PaneLoadStatus.placeholder(pane.load, isEmpty: visible.isEmpty, emptyText: empty, theme: theme) {
            PaneLoadStatus.draw(message, into: &frame, rect: content)
            return
        }
        let table = Table(columns: Self.columns, rowCount: visible.count, list: pane.list, focused: focused,
                          highlight: filter) { index in
            let connector = visible[index]
            return [
                Table.Cell(connector.id.rawValue),
                Table.Cell(connector.label ?? "—", connector.label == nil ? theme.dim : nil),
                Table.Cell(connector.type?.rawValue ?? "—", connector.type == nil ? theme.dim : nil),
                LastJobText.cell(for: connector.id, jobs: jobs, now: now, theme: theme),
            ]
        }
        table.draw(into: &frame, rect: content, theme: theme)
    }

    static let columns = [
        Table.Column(title: "ID", minWidth: 6, maxWidth: 24, priority: 5),
        Table.Column(title: "LABEL", minWidth: 5, maxWidth: 24, priority: 2),
        Table.Column(title: "TYPE", minWidth: 4, maxWidth: 8, priority: 1),
        Table.Column(title: "LAST JOB", minWidth: 8, maxWidth: 22, priority: 4, shrinks: false),
    ]
}
