/// j/k, g/G and paging, meaning what they mean in the focused pane.
func move(_ model: inout Model, _ action: Command) {
    let layout = ScreenLayout(size: model.size, zoomed: model.zoomed)
    let rows = layout.listRows(model.focus)
    switch model.focus {
    case .tenants:
        model.tenants.list.apply(action, count: model.tenants.visible.count, visibleRows: rows)
    case .connectors:
        model.connectors.list.apply(action, count: model.connectors.visible.count, visibleRows: rows)
    case .discover:
        let count = model.discover.run?.catalog?.streams.count ?? 0
        model.discover.list.apply(action, count: count, visibleRows: max(1, rows - DiscoverPaneLayout.summaryRows))
    case .state:
        model.state.cursor.apply(action, count: model.state.rows.count, visibleRows: rows)
    case .jobs:
        moveInJobs(&model, action, layout: layout)
    }
}

private func moveInJobs(_ model: inout Model, _ action: Command, layout: ScreenLayout) {
    switch action {
    case .moveUp, .moveDown:
        model.jobs.list.apply(action, count: model.jobs.visible.count, visibleRows: layout.listRows(.jobs))
        // Back on the newest job means "keep me on the newest" again.
        model.jobs.followNewest = model.jobs.list.selected == 0
    default:
        scrollLog(&model, action, visibleRows: JobsPaneLayout(contentHeight: layout.contentHeight(.jobs)).logRows)
    }
}

/// PgUp/PgDn/g/G scroll the log; scrolling up pauses following, reaching the end resumes it.
func scrollLog(_ model: inout Model, _ action: Command, visibleRows: Int) {
    let total = model.jobs.logDocument.count
    let rows = max(1, visibleRows)
    let bottom = max(0, total - rows)
    var log = model.jobs.log
    let current = log.follow ? bottom : min(log.offset, bottom)
    switch action {
    case .pageUp: log.offset = max(0, current - rows)
    case .pageDown: log.offset = min(bottom, current + rows)
    case .top: log.offset = 0
    case .bottom: log.offset = bottom
    default: break
    }
    log.follow = log.offset >= bottom
    model.jobs.log = log
}

/// `/` then `n`/`N`: jumps to the next line containing the search text and pauses following there.
func searchLog(_ model: inout Model, forward: Bool, continuing: Bool) {
    let query = model.jobs.log.search
    guard !query.isEmpty else { return }
    let document = model.jobs.logDocument
    let start: Int
    if continuing, let current = model.jobs.log.searchMatch {
        start = forward ? current + 1 : current - 1
    } else {
        start = model.jobs.log.follow ? 0 : model.jobs.log.offset
    }
    guard let match = document.firstMatch(query, from: max(0, start) % max(1, document.count), forward: forward) else {
        model.jobs.log.searchMatch = nil
        model.activity.notice = "no match for \"\(query)\""
        return
    }
    let layout = ScreenLayout(size: model.size, zoomed: model.zoomed)
    let rows = max(1, JobsPaneLayout(contentHeight: layout.contentHeight(.jobs)).logRows)
    model.jobs.log.searchMatch = match
    model.jobs.log.follow = false
    model.jobs.log.offset = max(0, min(match - rows / 2, document.count - rows))
}

extension ListState {
    mutating func apply(_ action: Command, count: Int, visibleRows: Int) {
        switch action {
        case .moveUp: move(by: -1, count: count, visibleRows: visibleRows)
        case .moveDown: move(by: 1, count: count, visibleRows: visibleRows)
        case .pageUp: move(by: -max(1, visibleRows), count: count, visibleRows: visibleRows)
        case .pageDown: move(by: max(1, visibleRows), count: count, visibleRows: visibleRows)
        case .top: moveToStart(count: count, visibleRows: visibleRows)
        case .bottom: moveToEnd(count: count, visibleRows: visibleRows)
        default: break
        }
    }
}
