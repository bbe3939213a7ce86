import Foundation
import LosslessJSON

/// A link request, already validated by the route.
struct LinkRequest: Sendable {
    let connectorID: String
    let config: JSONObject
    let symlink: JSONValue?
    let schedule: JSONValue?
    let fieldMap: JSONObject?
}

extension EmulatorWorld {
    func listLinkedConnectors(tenant: String, includeConfig: Bool, includeCatalog: Bool) -> [JSONValue] {
        withTenant(tenant) { record, _ in
            record.connectors.map { $0.json(includeConfig: includeConfig, includeCatalog: includeCatalog) }
        } ?? []
    }

    /// Links (or relinks, replacing config) a connector; linking under a new tenant id creates the tenant.
    func link(_ request: LinkRequest, tenant: String) throws -> JSONValue {
        guard let definition = definition(request.connectorID) else {
            throw ChaliceError.badRequest("Connector \(request.connectorID) is not supported by flow \(flowID)")
        }
        return withTenant(tenant, create: true) { record, now in
            var connector = LinkedConnector(
                definition: definition, config: request.config, fieldMap: request.fieldMap, catalog: nil,
                state: nil, schedule: request.schedule, symlink: request.symlink)
            if let index = record.connectorIndex(definition.id) {
                // Relinking keeps what the connector has learned (catalog, state).
                connector.catalog = record.connectors[index].catalog
                connector.state = record.connectors[index].state
                record.connectors[index] = connector
            } else {
                var random = SplitMix64(seed: seed, "catalog", tenant, definition.id, "1")
                connector.catalog = CatalogBuilder.catalog(for: definition, discovery: 1, random: &random)
                record.connectors.append(connector)
            }
            announceConnection(linked: true, tenant: tenant, connectorID: definition.id, at: now)
            return connector.json(includeConfig: true, includeCatalog: false)
        }!
    }

    /// Merges config and field map shallowly at the top level: keys sent replace, keys not sent survive.
    func update(tenant: String, connectorID: String, config: JSONObject?, fieldMap: JSONObject?) throws -> JSONValue {
        try withConnector(tenant, connectorID) { record, index, _ in
            if let config {
                for (key, value) in config {
                    record.connectors[index].config[key] = value
                }
            }
            if let fieldMap {
                var merged = record.connectors[index].fieldMap ?? JSONObject()
                for (key, value) in fieldMap {
                    merged[key] = value
                }
                record.connectors[index].fieldMap = merged
            }
            return record.connectors[index].json(includeConfig: true, includeCatalog: false)
        }
    }

    func unlink(tenant: String, connectorID: String) throws {
        try withConnector(tenant, connectorID) { record, index, now in
            record.connectors.remove(at: index)
            record.discoveries[connectorID] = nil
            announceConnection(linked: false, tenant: tenant, connectorID: connectorID, at: now)
        }
    }

    func supportedConnectorsJSON() -> [JSONValue] {
        supported.map(\.settingsJSON)
    }
}
