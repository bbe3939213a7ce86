import LosslessJSON

extension EmulatorWorld {
    /// 404 NotFoundError when the connector has no state.
    func readState(tenant: String, connectorID: String) throws -> JSONValue {
        let state = try withConnector(tenant, connectorID) { record, index, _ in record.connectors[index].state }
        guard let state else {
            throw ChaliceError.notFound("No state found for connector \(connectorID) of tenant \(tenant)")
        }
        return state
    }

    func writeState(_ state: JSONValue, tenant: String, connectorID: String) throws {
        try withConnector(tenant, connectorID) { record, index, _ in record.connectors[index].state = state }
    }

    func clearState(tenant: String, connectorID: String) throws {
        try withConnector(tenant, connectorID) { record, index, _ in record.connectors[index].state = nil }
    }
}
