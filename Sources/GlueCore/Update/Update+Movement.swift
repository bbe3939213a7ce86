/// j/k, g/G and paging, meaning what they mean in the focused pane: each pane moves itself
/// (`Panes/*+Update.swift`), given how many rows it shows.
func move(_ model: inout Model, _ command: Command) {
    let layout = ScreenLayout(size: model.size, zoomed: model.zoomed)
    let rows = layout.listRows(model.focus)
    switch model.focus {
    case .tenants: model.tenants.move(command, visibleRows: rows)
    case .connectors: model.connectors.move(command, visibleRows: rows)
    case .discover: model.discover.move(command, visibleRows: rows)
    case .state: model.state.move(command, visibleRows: rows)
    case .jobs: model.jobs.move(command, listRows: layout.listRows(.jobs), logRows: logRows(model))
    }
}

/// `/` then `n`/`N` in the job log; says so when nothing matches.
func searchLog(_ model: inout Model, forward: Bool, continuing: Bool) {
    if let notice = model.jobs.searchLog(forward: forward, continuing: continuing, visibleRows: logRows(model)) {
        model.activity.notice = notice
    }
}

/// The rows the jobs pane gives its log at the model's size and zoom.
func logRows(_ model: Model) -> Int {
    let layout = ScreenLayout(size: model.size, zoomed: model.zoomed)
    return JobsPaneLayout(contentHeight: layout.contentHeight(.jobs)).logRows
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
