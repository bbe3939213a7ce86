import HotglueModels

public struct TenantsPane: Hashable, Sendable {
    public var all: [TenantID] = [] {
        didSet { searchKeys = all.map { $0.rawValue.lowercased() }; refilter() }
    }
    public var list = ListState() {
        didSet { if list.filter != oldValue.filter { refilter() } }
    }
    public var load = LoadState()
    /// The rows the filter lets through, kept up to date when the data or the filter changes, so moving the
    /// selection in 10,000 filtered tenants does not filter them again on every key.
    public private(set) var visible: [TenantID] = []
    private var searchKeys: [String] = []

    public init() {}

    private mutating func refilter() {
        guard !list.filter.isEmpty else {
            visible = all
            return
        }
        let needle = list.filter.lowercased()
        visible = all.indices.filter { searchKeys[$0].contains(needle) }.map { all[$0] }
    }

    public var selected: TenantID? {
        visible.indices.contains(list.selected) ? visible[list.selected] : nil
    }
}
