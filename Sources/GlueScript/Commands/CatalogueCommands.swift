import ArgumentParser
import HotglueModels
import LosslessJSON

/// `gluetop available`: connectors the environment offers.
public struct AvailableCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "available", abstract: "List the connectors the environment offers.", discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let connectors = try await ScriptSession.run(connection, in: context) { session in
            try await session.client.availableConnectors()
        }
        try ConnectorSettingsListing.print(connectors, output: output, in: context)
    }
}

/// `gluetop supported`: connectors configured on the flow.
public struct SupportedCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "supported", abstract: "List the connectors the flow supports.", discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let connectors = try await ScriptSession.run(connection, in: context) { session in
            try await session.client.supportedConnectors()
        }
        try ConnectorSettingsListing.print(connectors, output: output, in: context)
    }
}

/// Both catalogue lists print alike: the API's objects as JSON/YAML, a summary table.
enum ConnectorSettingsListing {
    static func print(_ connectors: [ConnectorSettings], output: OutputOptions, in context: ScriptContext) throws {
        let json = output.shown(.array(connectors.map(\.raw)))
        try output.print(json, in: context) {
            var table = TextTable("ID", "LABEL", "TYPE", "SOURCE", "TARGET", "TAGS")
            for connector in connectors {
                table.add(connector.id.rawValue, connector.label ?? "", connector.type.map { "\($0)" } ?? "",
                          yesNo(connector.isSource), yesNo(connector.isTarget), connector.tags.joined(separator: ","))
            }
            return table.render()
        }
    }

    static func yesNo(_ value: Bool?) -> String {
        value.map { $0 ? "yes" : "no" } ?? ""
    }
}
