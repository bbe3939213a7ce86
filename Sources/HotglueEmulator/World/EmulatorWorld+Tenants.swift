import LosslessJSON

extension EmulatorWorld {
    /// The flows of the environment: one, the emulated flow.
    func flowsJSON() -> [JSONValue] {
        [[
            "id": .string(JSONString(flowID)),
            "name": "Demo CRM sync",
            "description": "Syncs CRM, accounting and support data from each tenant's tools (emulated)",
            "type": "v2",
            "isDefault": true,
        ]]
    }

    /// Flows the tenant has linked connectors on.
    func linkedFlowsJSON(tenant: String) -> [JSONValue] {
        let hasConnectors = withTenant(tenant) { record, _ in !record.connectors.isEmpty } ?? false
        return hasConnectors ? flowsJSON() : []
    }

    /// 404 "no config for the tenant" when the tenant has none.
    func tenantConfig(tenant: String) throws -> JSONValue {
        let config = withTenant(tenant) { record, _ in record.config }
        guard let config, let value = config else {
            throw ChaliceError.notFound("no config for the tenant \(tenant)")
        }
        return value
    }
}
