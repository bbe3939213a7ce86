import ArgumentParser
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON

/// `gluetop discover --tenant T --connector C [--wait]`: starts a catalog discovery (journaled); with `--wait`
/// follows it and exits by its result.
public struct DiscoverCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "discover", abstract: "Start a catalog discovery for a linked connector.",
        discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Waiting") var waiting: WaitOptions

    @Option(help: "Tenant id.") var tenant: String
    @Option(help: "Linked connector id.") var connector: String

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let tenant = TenantID(self.tenant), connector = ConnectorID(self.connector)
        let outcome = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("discover")
            _ = try session.settle(await session.changes.triggerDiscover(ConnectorRef(tenant: tenant, connector: connector)))
            guard waiting.wait else { return Outcome(status: "STARTED", streams: nil) }
            let status = try await Follower(context: context, limit: waiting.limit)
                .followDiscovery(session.client, tenant: tenant, connector: connector)
            if case .failed = status { return Outcome(status: status.description, streams: nil, failed: true) }
            let linked = try await session.client.listLinkedConnectors(tenant: tenant, includeCatalog: true)
            let streams = linked.first { $0.id == connector }?.catalogSummary?.streams.count
            return Outcome(status: status == .none ? "SUCCEEDED" : status.description, streams: streams)
        }
        var json: JSONObject = ["tenant": JSONValue(tenant.rawValue), "connector": JSONValue(connector.rawValue),
                                "status": JSONValue(outcome.status)]
        if let streams = outcome.streams { json["streams"] = JSONValue(streams) }
        try output.print(.object(json), in: context) {
            var table = TextTable("TENANT", "CONNECTOR", "DISCOVERY", "STREAMS")
            table.add(tenant.rawValue, connector.rawValue, outcome.status, outcome.streams.map(String.init) ?? "")
            return table.render()
        }
        if outcome.failed {
            throw ScriptFailure(.apiError, "discovery of \(connector) (tenant \(tenant)) \(outcome.status)")
        }
    }

    private struct Outcome: Sendable {
        var status: String
        var streams: Int?
        var failed = false
    }
}
