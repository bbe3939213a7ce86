/// Keeps the dependent panes on what is selected: the tenant drives the connectors and jobs, the connector drives
/// discover and state, the job drives the log. Moving a selection resets what depended on it, which in turn
/// changes the subscriptions, so the pollers of what was left are cancelled.
func syncSelection(_ model: inout Model) {
    let tenant = model.tenants.selected
    if tenant != model.connectors.tenant {
        model.connectors = model.connectors.showing(tenant: tenant)
        model.jobs = model.jobs.showing(tenant: tenant)
    }
    let connector = model.connectors.selectedRef
    if connector != model.state.connector {
        model.state.reset(for: connector)
        if let connector { offerDrafts(&model, for: connector) }
    }
    if connector != model.discover.run?.connector {
        model.discover = DiscoverPane()
        model.discover.run = connector.map(DiscoverRun.init(connector:))
    }
    model.jobs.followSelection()
}

/// Re-fits every list to its data and to the rows the current layout shows.
func clampLists(_ model: inout Model) {
    let layout = ScreenLayout(size: model.size, zoomed: model.zoomed)
    model.tenants.list.clamp(count: model.tenants.visible.count, visibleRows: layout.listRows(.tenants))
    model.connectors.list.clamp(count: model.connectors.visible.count, visibleRows: layout.listRows(.connectors))
    model.jobs.list.clamp(count: model.jobs.visible.count, visibleRows: layout.listRows(.jobs))
    model.state.cursor.clamp(count: model.state.rows.count, visibleRows: layout.listRows(.state))
    model.discover.list.clamp(count: model.discover.run?.catalog?.streams.count ?? 0,
                              visibleRows: max(1, layout.listRows(.discover) - DiscoverPaneLayout.summaryRows))
}

/// The discover pane: a few summary rows (status, bar, counts), then the catalog's streams.
public enum DiscoverPaneLayout {
    public static let summaryRows = 3
}
