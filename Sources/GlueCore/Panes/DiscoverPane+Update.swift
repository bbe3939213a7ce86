import struct Foundation.Date
import HotglueModels

extension DiscoverPane {
    /// A poll of the discovery's status. A run seen finishing rewrote the catalog, so it asks for the catalog
    /// again. Returns the effects and the failure for the status line.
    mutating func apply(status result: Result<DiscoverStatus, APIError>, at time: Date) -> (effects: [Effect], failure: APIError?) {
        guard var run else { return ([], nil) }
        defer { self.run = run }
        switch result {
        case .success(let status):
            let wasRunning = run.isRunning
            run.status = status
            run.load.succeeded(at: time)
            if status.isRunning {
                if run.runningSince == nil { run.runningSince = time }
                run.finishedAt = nil
            } else if wasRunning {
                run.finishedAt = time
                run.catalog = nil
                run.catalogLoad = LoadState()
                return ([.refreshNow([.catalog(run.connector)])], nil)
            }
            return ([], nil)
        case .failure(let error):
            run.load.failed(error, at: time)
            return ([], error)
        }
    }

    /// The catalog of the connector whose run is shown. Returns the failure for the status line.
    mutating func apply(catalog result: Result<Catalog?, APIError>, at time: Date) -> APIError? {
        switch result {
        case .success(let catalog):
            run?.catalog = catalog
            run?.catalogLoad.succeeded(at: time)
            return nil
        case .failure(let error):
            run?.catalogLoad.failed(error, at: time)
            return error
        }
    }

    /// j/k over the catalog's streams (the rows under the run's summary).
    mutating func move(_ command: Command, visibleRows: Int) {
        list.apply(command, count: run?.catalog?.streams.count ?? 0,
                   visibleRows: max(1, visibleRows - DiscoverPaneLayout.summaryRows))
    }

    /// The API took `d` for `ref`: whatever the trigger answered, the run is going now; the poller reads its status
    /// from here on. (An answer for a connector no longer shown changes nothing.)
    mutating func started(_ ref: ConnectorRef, _ status: DiscoverStatus, at time: Date) {
        guard ref == run?.connector, var run else { return }
        run.status = status.isFinished ? .running : status
        run.runningSince = time
        run.finishedAt = nil
        self.run = run
    }

    /// The trigger's answer was lost: whether a run started is unknown until the pane reads its status again.
    mutating func startUnknown(_ ref: ConnectorRef) {
        if ref == run?.connector { run?.status = nil }
    }
}
