import HotglueModels
import LosslessJSON

/// Catalog discovery: start it, then poll until it is no longer running
/// (`…/linkedConnectors/discover` and `…/discover/poll`).
extension HotglueClient {
    /// Starts an asynchronous discovery. `v2Source` is sent only when given (it is undocumented). Returns the
    /// answer as sent (`null` when empty).
    @discardableResult
    public func triggerDiscover(tenant: TenantID, connector: ConnectorID, v2Source: Bool? = nil)
        async throws(APIError) -> JSONValue
    {
        var query: [(name: String, value: String)] = [("connector_id", connector.rawValue)]
        if let v2Source { query.append(("v2_source", v2Source ? "true" : "false")) }
        let endpoint = Endpoint("start discovery for \(connector)", .get,
            linkedConnectorsPath(tenant, "discover"), query: query)
        return try await sendForJSON(endpoint)
    }

    /// The discovery's status; anything but `.running` means it is over (then re-read the connector with
    /// `includeCatalog: true`).
    public func pollDiscover(tenant: TenantID, connector: ConnectorID) async throws(APIError) -> DiscoverStatus {
        let endpoint = Endpoint("poll discovery for \(connector)", .get,
            linkedConnectorsPath(tenant, "discover", "poll"), query: [("connector_id", connector.rawValue)])
        return DiscoverStatus(json: try await sendForJSON(endpoint))
    }
}
