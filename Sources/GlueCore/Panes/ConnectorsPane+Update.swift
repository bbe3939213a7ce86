import struct Foundation.Date
import HotglueModels

extension ConnectorsPane {
    /// A poll of the tenant's linked connectors, the selection kept on the same connector. Returns the failure for
    /// the status line.
    mutating func apply(_ result: Result<[LinkedConnector], APIError>, at time: Date) -> APIError? {
        switch result {
        case .success(let connectors):
            let kept = selected?.id
            all = connectors
            load.succeeded(at: time)
            if let kept, let index = visible.firstIndex(where: { $0.id == kept }) { list.selected = index }
            return nil
        case .failure(let error):
            load.failed(error, at: time)
            return error
        }
    }

    mutating func move(_ command: Command, visibleRows: Int) {
        list.apply(command, count: visible.count, visibleRows: visibleRows)
    }
}

extension ConnectorsPane {
    /// The pane for another tenant (or none): its connectors are read anew, the filter typed is kept.
    func showing(tenant: TenantID?) -> ConnectorsPane {
        var pane = ConnectorsPane()
        pane.tenant = tenant
        pane.list.filter = list.filter
        return pane
    }

    /// A link confirmed: the connector in the list at once (replacing it when it was relinked), selected, before
    /// the next poll confirms it again. A link for another tenant than the one shown changes nothing.
    mutating func insertLinked(_ connector: LinkedConnector?, tenant: TenantID) {
        guard tenant == self.tenant, let connector = connector?.withoutConfig else { return }
        if let index = all.firstIndex(where: { $0.id == connector.id }) {
            all[index] = connector
        } else {
            all.append(connector)
        }
        if let index = visible.firstIndex(where: { $0.id == connector.id }) {
            list.selected = index
        }
    }
}
