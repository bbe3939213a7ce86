import ArgumentParser
import LosslessJSON

/// `gluetop tenants`: the environment's tenant ids.
public struct TenantsCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tenants", abstract: "List the environment's tenants.", discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let tenants = try await ScriptSession.run(connection, in: context) { session in
            try await session.client.listTenants()
        }
        let json = JSONValue.array(tenants.map { JSONValue($0.rawValue) })
        try output.print(json, in: context) {
            var table = TextTable("TENANT")
            for tenant in tenants { table.add(tenant.rawValue) }
            return table.render()
        }
    }
}
