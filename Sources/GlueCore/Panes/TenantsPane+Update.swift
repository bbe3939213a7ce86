import struct Foundation.Date
import HotglueModels

extension TenantsPane {
    /// A poll of the tenant list: sorted naturally (`tenant2` before `tenant10`), the selection kept on the same
    /// tenant. Returns the failure for the status line.
    mutating func apply(_ result: Result<[TenantID], APIError>, at time: Date) -> APIError? {
        switch result {
        case .success(let ids):
            let kept = selected
            all = ids.sorted { $0.rawValue.naturalOrderPrecedes($1.rawValue) }
            load.succeeded(at: time)
            if let kept, let index = visible.firstIndex(of: kept) { list.selected = index }
            return nil
        case .failure(let error):
            load.failed(error, at: time)
            return error
        }
    }

    /// j/k, g/G and paging over the visible tenants.
    mutating func move(_ command: Command, visibleRows: Int) {
        list.apply(command, count: visible.count, visibleRows: visibleRows)
    }
}
