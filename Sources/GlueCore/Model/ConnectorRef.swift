import HotglueModels

/// A linked connector of one tenant: the unit the discover and state panes are about.
public struct ConnectorRef: Hashable, Sendable, CustomStringConvertible {
    public var tenant: TenantID
    public var connector: ConnectorID

    public init(tenant: TenantID, connector: ConnectorID) {
        self.tenant = tenant
        self.connector = connector
    }

    public var description: String { "\(connector)@\(tenant)" }
}
