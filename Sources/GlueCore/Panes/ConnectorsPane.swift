import HotglueModels

/// The selected tenant's linked connectors. The filter matches id, label or type.
public struct ConnectorsPane: Hashable, Sendable {
    public var tenant: TenantID?
    private var rows = FilteredRows<LinkedConnector>()
    public var list = ListState() {
        didSet { rows.setFilter(list.filter) }
    }
    public var load = LoadState()

    public init() {}

    public var all: [LinkedConnector] {
        get { rows.items }
        set { rows.setItems(newValue) { [$0.id.rawValue, $0.label ?? "", $0.type?.description ?? ""].joined(separator: "\u{1F}") } }
    }

    public var visible: [LinkedConnector] { rows.visible }

    public var selected: LinkedConnector? {
        visible.indices.contains(list.selected) ? visible[list.selected] : nil
    }

    public var selectedRef: ConnectorRef? {
        guard let tenant, let connector = selected else { return nil }
        return ConnectorRef(tenant: tenant, connector: connector.id)
    }
}
