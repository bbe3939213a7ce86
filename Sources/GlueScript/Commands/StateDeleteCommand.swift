import ArgumentParser
import GlueApp
import HotglueModels
import LosslessJSON

/// `gluetop state delete`: clears the state (the next job runs a full sync); journaled with the state before.
public struct StateDeleteCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a connector's state: its next job runs a full sync.",
        discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup var target: ConnectorTarget

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let before = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("state delete")
            let tenant = target.tenantID, connector = target.connectorID
            let before = try await session.client.getState(tenant: tenant, connector: connector)
            let result: Result<Void, APIError>
            do throws(APIError) {
                result = .success(try await session.client.deleteState(tenant: tenant, connector: connector))
            } catch {
                result = .failure(error)
            }
            session.record(tenant: tenant, connector: connector, action: "state.delete",
                           request: "DELETE linkedConnectors/state connector_id=\(connector)",
                           outcome: ActionJournal.outcome(result), before: before, after: nil)
            try result.get()
            return before
        }
        try StateChanges(tenant: target.tenantID, connector: target.connectorID, action: "state.delete",
                         before: before, after: nil).print(output, in: context)
    }
}
