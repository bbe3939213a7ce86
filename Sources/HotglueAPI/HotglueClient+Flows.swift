import HotglueModels
import LosslessJSON

/// Flows of the environment: all supported ones, and those a tenant is linked to.
extension HotglueClient {
    /// `GET /{env}/flows/supported`
    public func listSupportedFlows() async throws(APIError) -> [Flow] {
        let endpoint = Endpoint("list supported flows", .get, [env, "flows", "supported"])
        return try decoder.list(try await send(endpoint), endpoint, Flow.init(json:))
    }

    /// `GET /{env}/flows/linked?tenant_id=`
    public func listLinkedFlows(tenant: TenantID) async throws(APIError) -> [Flow] {
        let endpoint = Endpoint("list flows of tenant \(tenant)", .get, [env, "flows", "linked"],
            query: [("tenant_id", tenant.rawValue)])
        return try decoder.list(try await send(endpoint), endpoint, Flow.init(json:))
    }
}
