import HotglueModels
import LosslessJSON

/// Tenants of the environment and their config.
extension HotglueClient {
    /// `GET /tenants/{env}`: a flat array of ids [sdk]; objects with an `id`/`tenant`/`tenant_id` are read too.
    public func listTenants() async throws(APIError) -> [TenantID] {
        let endpoint = Endpoint("list tenants", .get, ["tenants", env])
        return try decoder.list(try await send(endpoint), endpoint, TenantID.init(listEntry:))
    }

    /// `GET /tenant/{env}/{tenant}/config`; nil when the tenant has no config (a 404, or a text answer such as
    /// "no config for the tenant" [client]).
    public func tenantConfig(tenant: TenantID) async throws(APIError) -> JSONValue? {
        let endpoint = Endpoint("read config of tenant \(tenant)", .get, ["tenant", env, tenant.rawValue, "config"])
        do {
            let config = try await sendForJSON(endpoint)
            if config.isNull || config.stringValue != nil { return .none }
            if config.objectValue?.count == 1, let message = config["message"]?.stringValue,
                message.lowercased().contains("no config")
            {
                return .none
            }
            return config
        } catch {
            // "no config for the tenant" [client]; a 404 about the environment is a real error.
            let message = error.serverMessage?.lowercased() ?? ""
            if error.status == 404, message.isEmpty || message.contains("config") { return .none }
            throw error
        }
    }
}
