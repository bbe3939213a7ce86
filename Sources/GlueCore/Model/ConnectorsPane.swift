import HotglueModels

/// The selected tenant's linked connectors, with the latest job of each (from the jobs list) for the LAST JOB column.
public struct ConnectorsPane: Hashable, Sendable {
    public var tenant: TenantID?
    public var all: [LinkedConnector] = []
    public var list = ListState()
    public var load = LoadState()

    public init() {}

    public var visible: [LinkedConnector] {
        list.filter.isEmpty ? all : all.filter {
            list.matches($0.id.rawValue) || list.matches($0.label ?? "") || list.matches($0.type?.description ?? "")
        }
    }

    public var selected: LinkedConnector? {
        let rows = visible
        return rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }

    public var selectedRef: ConnectorRef? {
        guard let tenant, let connector = selected else { return nil }
        return ConnectorRef(tenant: tenant, connector: connector.id)
    }
}
