/// Pane 1: the environment's tenants, filterable (`/`); the filter shows in the bottom border and its matches are
/// highlighted. The selected tenant drives every other pane.
struct TenantsPaneView: Widget {
    var pane: TenantsPane
    var envID: String
    var focused: Bool

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        let visible = pane.visible
        let filter = pane.list.filter
        let count = filter.isEmpty ? NumberText.grouped(pane.all.count)
            : NumberText.grouped(visible.count) + "/" + NumberText.grouped(pane.all.count)
        let border = PaneBorder(title: PaneID.tenants.title, detail: pane.load.hasData ? count : nil, focused: focused,
                                bottomLeft: FilterLabel.spans(filter, theme: theme),
                                bottomRight: PaneLoadStatus.staleLabel(pane.load, paneWidth: rect.width, theme: theme))
        let content = border.draw(into: &frame, rect: rect, theme: theme)
        let empty = filter.isEmpty ? "no tenants in \(envID)" : "no tenant matches \"\(filter)\""
        if let message = PaneLoadStatus.placeholder(pane.load, isEmpty: visible.isEmpty, emptyText: empty, theme: theme) {
            PaneLoadStatus.draw(message, into: &frame, rect: content)
            return
        }
        let table = Table(columns: [Table.Column(title: "TENANT", minWidth: 1, maxWidth: 200)], showsHeader: false,
                          rowCount: visible.count, list: pane.list, focused: focused, highlight: filter) { index in
            [Table.Cell(visible[index].rawValue)]
        }
        table.draw(into: &frame, rect: content, theme: theme)
    }
}

/// `filter: acme` for a pane's bottom border.
enum FilterLabel {
    static func spans(_ filter: String, theme: Theme) -> [Span] {
        filter.isEmpty ? [] : [Span("filter: ", theme.dim), Span(filter, theme.accent)]
    }
}
