import HotglueModels

/// The selected tenant's linked connectors. The filter matches id, label or type; the filtered rows are kept
/// (see `TenantsPane`).
public struct ConnectorsPane: Hashable, Sendable {
    public var tenant: TenantID?
    public var all: [LinkedConnector] = [] {
        didSet {
            searchKeys = all.map { [$0.id.rawValue, $0.label ?? "", $0.type?.description ?? ""].joined(separator: "\u{1F}").lowercased() }
            refilter()
        }
    }
    public var list = ListState() {
        didSet { if list.filter != oldValue.filter { refilter() } }
    }
    public var load = LoadState()
    public private(set) var visible: [LinkedConnector] = []
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

    public var selected: LinkedConnector? {
        visible.indices.contains(list.selected) ? visible[list.selected] : nil
    }

    public var selectedRef: ConnectorRef? {
        guard let tenant, let connector = selected else { return nil }
        return ConnectorRef(tenant: tenant, connector: connector.id)
    }
}
