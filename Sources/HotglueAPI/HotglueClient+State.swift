import HotglueModels
import LosslessJSON

/// A linked connector's Singer state (`…/linkedConnectors/state`). The state travels as `JSONValue`, so numbers
/// like `12345678901234567890` and `1.10` keep their exact text through get, edit and set.
extension HotglueClient {
    /// The raw state as sent (`{}` and non-objects included), or nil when the API says there is none: a 404 (unless
    /// it says the connector itself is unknown), a 400 saying so [client], or an empty / `null` body.
    public func getState(tenant: TenantID, connector: ConnectorID) async throws(APIError) -> JSONValue? {
        let endpoint = Endpoint("read state of \(connector)", .get, linkedConnectorsPath(tenant, "state"),
            query: [("connector_id", connector.rawValue)])
        do {
            let state = try await sendForJSON(endpoint)
            // `.none`, not `nil`: JSONValue is ExpressibleByNilLiteral, so a bare `nil` here could become `.null`.
            return state.isNull ? .none : state
        } catch {
            if Self.meansNoState(error) { return .none }
            throw error
        }
    }

    /// Replaces the state; the body is `{"state": …}` [spec].
    public func setState(tenant: TenantID, connector: ConnectorID, state: JSONValue) async throws(APIError) {
        let endpoint = Endpoint("write state of \(connector)", .put, linkedConnectorsPath(tenant, "state"),
            query: [("connector_id", connector.rawValue)], body: ["state": state])
        _ = try await send(endpoint)
    }

    /// Clears the state: the next job runs a full sync.
    public func deleteState(tenant: TenantID, connector: ConnectorID) async throws(APIError) {
        let endpoint = Endpoint("delete state of \(connector)", .delete, linkedConnectorsPath(tenant, "state"),
            query: [("connector_id", connector.rawValue)])
        _ = try await send(endpoint)
    }

    /// A 404 about the state (not about an unknown connector, tenant, flow or environment), or a 400 whose
    /// message says the state is absent ("No state found for connector", "state does not exist").
    static func meansNoState(_ error: APIError) -> Bool {
        let message = error.serverMessage?.lowercased() ?? ""
        let aboutState = message.contains("state")
        switch error.status {
        case 404:
            if message.isEmpty || aboutState { return true }
            let aboutSomethingElse = ["connector", "tenant", "flow", "environment"].contains { message.contains($0) }
            return !aboutSomethingElse
        case 400:
            let saysAbsent = ["no state", "not found", "does not exist", "doesn't exist", "missing", "no such"]
                .contains { message.contains($0) }
            return saysAbsent && aboutState
        default:
            return false
        }
    }
}
