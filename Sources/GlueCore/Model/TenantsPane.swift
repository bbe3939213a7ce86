import HotglueModels

public struct TenantsPane: Hashable, Sendable {
    public var all: [TenantID] = []
    public var list = ListState()
    public var load = LoadState()

    public init() {}

    public var visible: [TenantID] {
        list.filter.isEmpty ? all : all.filter { list.matches($0.rawValue) }
    }

    public var selected: TenantID? {
        let rows = visible
        return rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }
}
