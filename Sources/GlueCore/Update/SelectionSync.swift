/// Keeps the dependent panes on what is selected: the tenant drives the connectors and jobs, the connector drives
/// discover and state, the job drives the log. Moving a selection resets what depended on it, which in turn
/// changes the subscriptions, so the pollers of what was left are cancelled.
func syncSelection(_ model: inout Model) {
    let tenant = model.tenants.selected
    if tenant != model.connectors.tenant {
        let filter = model.connectors.list.filter
        model.connectors = ConnectorsPane()
        model.connectors.tenant = tenant
        model.connectors.list.filter = filter
        let jobFilter = model.jobs.filter
        let log = model.jobs.log
        model.jobs = JobsPane()
        model.jobs.tenant = tenant
        model.jobs.filter = jobFilter
        model.jobs.log.follow = log.follow
        model.jobs.log.wrap = log.wrap
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
    let job = model.jobs.selected?.jobRoot
    if job != model.jobs.log.job {
        model.jobs.log.reset(for: job)
        model.jobs.watched = nil
    }
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
