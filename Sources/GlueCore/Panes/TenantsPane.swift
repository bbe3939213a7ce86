import HotglueModels

public struct TenantsPane: Hashable, Sendable {
    private var rows = FilteredRows<TenantID>()
    public var list = ListState() {
        didSet { rows.setFilter(list.filter) }
    }
    public var load = LoadState()

    public init() {}

    public var all: [TenantID] {
        get { rows.items }
        set { rows.setItems(newValue) { $0.rawValue } }
    }

    /// The tenants the filter lets through.
    public var visible: [TenantID] { rows.visible }

    public var selected: TenantID? {
        visible.indices.contains(list.selected) ? visible[list.selected] : nil
    }
}
