import HotglueAPI
import HotglueModels
import LosslessJSON

/// The read tools: tenants, linked connectors, discovery status, state, the connector catalogues.
extension ToolRunner {
    func listTenants() async throws(ToolFailure) -> ToolSuccess {
        let tenants = try await api { () async throws(APIError) in try await client.listTenants() }
        return ToolSuccess(structured: ["tenants": .array(tenants.map { JSONValue($0.rawValue) })],
                           text: "\(tenants.count) tenants: " + Self.listed(tenants.map(\.rawValue)))
    }

    func linkedConnectors(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant
        let config = try args.bool("include_config") ?? false, catalog = try args.bool("include_catalog") ?? false
        let connectors = try await api { () async throws(APIError) in
            try await client.listLinkedConnectors(tenant: tenant, includeConfig: config, includeCatalog: catalog)
        }
        return ToolSuccess(
            structured: ["tenant": JSONValue(tenant.rawValue), "connectors": .array(connectors.map(\.raw))],
            text: "\(connectors.count) connectors linked to \(tenant): " + Self.listed(connectors.map(\.id.rawValue)))
    }

    func pollDiscover(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant, connector = try args.connector
        let status = try await api { () async throws(APIError) in
            try await client.pollDiscover(tenant: tenant, connector: connector)
        }
        var structured = Self.target(tenant, connector)
        structured["status"] = JSONValue(Self.statusName(status))
        structured["running"] = JSONValue(status.isRunning)
        if case .failed(let message) = status { structured["message"] = message.map { JSONValue($0) } ?? .null }
        return ToolSuccess(structured: structured, text: "discovery of \(connector) (tenant \(tenant)): \(status)")
    }

    func readState(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant, connector = try args.connector
        let state = try await api { () async throws(APIError) in
            try await client.getState(tenant: tenant, connector: connector)
        }
        var structured = Self.target(tenant, connector)
        structured["state"] = state ?? .null
        structured["state_json"] = maskedJSONText(state)
        let streams = state?["bookmarks"]?.objectValue?.keys ?? []
        let text = state == nil ? "\(connector) (tenant \(tenant)) has no state"
            : "state of \(connector) (tenant \(tenant)): bookmarks for \(Self.listed(streams))"
        return ToolSuccess(structured: structured, text: text)
    }

    func catalogue(supported: Bool) async throws(ToolFailure) -> ToolSuccess {
        let connectors = try await api { () async throws(APIError) in
            supported ? try await client.supportedConnectors() : try await client.availableConnectors()
        }
        let what = supported ? "supported on the flow" : "available"
        return ToolSuccess(structured: ["connectors": .array(connectors.map(\.raw))],
                           text: "\(connectors.count) connectors \(what): " + Self.listed(connectors.map(\.id.rawValue)))
    }

    static func target(_ tenant: TenantID, _ connector: ConnectorID) -> JSONObject {
        ["tenant": JSONValue(tenant.rawValue), "connector_id": JSONValue(connector.rawValue)]
    }

    static func statusName(_ status: DiscoverStatus) -> String {
        switch status {
        case .failed: return "FAILED"
        default: return status.description
        }
    }

    /// At most twenty names, then how many more.
    static func listed(_ names: [String]) -> String {
        guard !names.isEmpty else { return "none" }
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? "\(shown) and \(names.count - 20) more" : shown
    }
}
