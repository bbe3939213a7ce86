import HotglueModels
import LosslessJSON

/// The connector catalogue: what the environment offers and what the flow supports.
extension HotglueClient {
    /// `GET /v2/{env}/availableConnectors`
    public func availableConnectors() async throws(APIError) -> [ConnectorSettings] {
        let endpoint = Endpoint("list available connectors", .get, ["v2", env, "availableConnectors"])
        return try decoder.list(try await send(endpoint), endpoint, ConnectorSettings.init(json:))
    }

    /// `GET /v2/{env}/{flow}/supportedConnectors`
    public func supportedConnectors() async throws(APIError) -> [ConnectorSettings] {
        let endpoint = Endpoint("list supported connectors", .get, ["v2", env, flow, "supportedConnectors"])
        return try decoder.list(try await send(endpoint), endpoint, ConnectorSettings.init(json:))
    }
}
