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
