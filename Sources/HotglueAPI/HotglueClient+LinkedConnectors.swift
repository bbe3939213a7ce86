import HotglueModels
import LosslessJSON

/// Linked connectors of a tenant: list, link, update, unlink (`/v2/{env}/{flow}/{tenant}/linkedConnectors`).
extension HotglueClient {
    func linkedConnectorsPath(_ tenant: TenantID, _ rest: String...) -> [String] {
        ["v2", env, flow, tenant.rawValue, "linkedConnectors"] + rest
    }

    /// `config` (with secrets: mask before showing) only when `includeConfig`, the Singer catalog only when
    /// `includeCatalog`. With a public key the call carries a tenant token.
    public func listLinkedConnectors(
        tenant: TenantID, includeConfig: Bool = false, includeCatalog: Bool = false
    ) async throws(APIError) -> [LinkedConnector] {
        var query: [(name: String, value: String)] = []
        if includeConfig { query.append(("config", "true")) }
        if includeCatalog { query.append(("catalog", "true")) }
        if let token = try await tenantToken(for: tenant) { query.append(("token", token)) }
        let endpoint = Endpoint("list linked connectors", .get, linkedConnectorsPath(tenant), query: query)
        return try decoder.list(try await send(endpoint), endpoint, LinkedConnector.init(json:))
    }

    /// Links a connector (a new tenant id creates the tenant). Sent once: a POST is not retried after it may have
    /// reached the server. The answer's shape is not documented: the linked connector when it reads as one,
    /// else nil.
    @discardableResult
    public func linkConnector(tenant: TenantID, _ request: LinkConnectorRequest) async throws(APIError)
        -> LinkedConnector?
    {
        let endpoint = Endpoint("link connector \(request.connector)", .post, linkedConnectorsPath(tenant),
            body: request.jsonBody)
        let answer = try await sendForJSON(endpoint)
        return (try? LinkedConnector(json: answer)) ?? answer["connector"].flatMap { try? LinkedConnector(json: $0) }
    }

    /// Merges a partial config (and/or field map) into a linked connector. Returns the answer as sent (its shape is
    /// not documented; `null` when empty).
    @discardableResult
    public func updateConnector(tenant: TenantID, _ request: UpdateConnectorRequest) async throws(APIError)
        -> JSONValue
    {
        let endpoint = Endpoint("update connector \(request.connector)", .patch, linkedConnectorsPath(tenant),
            body: request.jsonBody)
        return try await sendForJSON(endpoint)
    }

    /// Unlinks a connector; an unknown id is a `.notFound` error.
    public func unlinkConnector(tenant: TenantID, connector: ConnectorID) async throws(APIError) {
        let endpoint = Endpoint("unlink connector \(connector)", .delete, linkedConnectorsPath(tenant),
            query: [("connector_id", connector.rawValue)])
        _ = try await send(endpoint)
    }
}
