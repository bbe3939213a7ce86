import ArgumentParser
import HotglueModels
import LosslessJSON

/// `gluetop connectors [--tenant T] [--with-config] [--catalog]`: linked connectors of one tenant, or of every
/// tenant. `--config` is the connection's config file in every command, so including the connector config is
/// `--with-config`.
public struct ConnectorsCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "connectors", abstract: "List linked connectors of a tenant (or of every tenant).",
        discussion: """
            Without --tenant every tenant is listed; JSON and YAML are then an object from tenant id to its list. \
            Configs hold secrets: they are masked unless --show-secrets.

            \(exitCodesHelp)
            """)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @Option(help: "Tenant id (default: every tenant).")
    var tenant: String?

    @Flag(name: .customLong("with-config"), help: "Include each connector's config (secrets masked).")
    var withConfig = false

    @Flag(name: [.customLong("catalog"), .customLong("with-catalog")], help: "Include each connector's Singer catalog.")
    var withCatalog = false

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let listing = try await ScriptSession.run(connection, in: context) { session in
            let tenants: [TenantID]
            if let tenant {
                tenants = [TenantID(tenant)]
            } else {
                tenants = try await session.client.listTenants()
            }
            // All tenants at once (the client keeps at most four requests in flight), listed in the API's order.
            let client = session.client, withConfig = withConfig, withCatalog = withCatalog
            let byTenant = try await withThrowingTaskGroup(of: (TenantID, [LinkedConnector]).self) { group in
                for tenant in tenants {
                    group.addTask {
                        (tenant, try await client.listLinkedConnectors(
                            tenant: tenant, includeConfig: withConfig, includeCatalog: withCatalog))
                    }
                }
                var found: [TenantID: [LinkedConnector]] = [:]
                for try await (tenant, connectors) in group { found[tenant] = connectors }
                return found
            }
            let listing = tenants.map { Listed(tenant: $0, connectors: byTenant[$0] ?? []) }
            if let only = listing.first, tenant != nil, only.connectors.isEmpty {
                try await session.requireTenant(only.tenant)
            }
            return listing
        }
        let json: JSONValue
        if tenant != nil {
            json = .array(listing.first?.connectors.map(\.raw) ?? [])
        } else {
            json = .object(JSONObject(listing.map { ($0.tenant.rawValue, .array($0.connectors.map(\.raw))) }))
        }
        try output.print(output.shown(json), in: context) { table(listing) }
    }

    private struct Listed: Sendable {
        var tenant: TenantID
        var connectors: [LinkedConnector]
    }

    private func table(_ listing: [Listed]) -> String {
        var headers = ["TENANT", "ID", "LABEL", "TYPE", "DOMAIN"]
        if withCatalog { headers.append("STREAMS") }
        if withConfig { headers.append("CONFIG") }
        var table = TextTable()
        table.headers = headers
        for entry in listing {
            for connector in entry.connectors {
                var row = [entry.tenant.rawValue, connector.id.rawValue, connector.label ?? "",
                           connector.type.map { "\($0)" } ?? "", connector.domain ?? ""]
                if withCatalog {
                    let catalog = connector.catalogSummary
                    row.append(catalog.map { "\($0.selectedStreams.count)/\($0.streams.count) selected" } ?? "")
                }
                if withConfig {
                    row.append(connector.config.map { output.shown($0).compact() } ?? "")
                }
                table.add(row)
            }
        }
        return table.render()
    }
}
