import ArgumentParser
import Foundation
import GlueApp
import HotglueModels
import LosslessJSON

/// `gluetop state set --file PATH|-`: writes a state read with LosslessJSON (never Foundation's JSON), so numbers
/// and key order travel unchanged. Journaled with the full state before and after.
///
/// No compare-and-set: the API has no precondition to send, and a check right before the PUT would still race.
/// Instead the before is journaled, and `state undo` refuses when the state moved on since.
public struct StateSetCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Replace a connector's state with a JSON document.",
        discussion: """
            The document is what `state get -o json` prints. Input holding masked secrets (••••••) is refused: \
            read it with --show-secrets to edit it.

            \(exitCodesHelp)
            """)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup var target: ConnectorTarget

    @Option(help: ArgumentHelp("JSON file with the new state, - for standard input.", valueName: "path"))
    var file: String

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let state = try StateInput.read(file, in: context)
        let (before, after) = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("state set")
            let tenant = target.tenantID, connector = target.connectorID
            let before = try await session.client.getState(tenant: tenant, connector: connector)
            let result: Result<Void, APIError>
            do throws(APIError) {
                result = .success(try await session.client.setState(tenant: tenant, connector: connector, state: state))
            } catch {
                result = .failure(error)
            }
            session.record(tenant: tenant, connector: connector, action: "state.set",
                           request: "PUT linkedConnectors/state connector_id=\(connector)",
                           outcome: ActionJournal.outcome(result), before: before, after: state)
            try result.get()
            return (before, state)
        }
        try StateChanges(tenant: target.tenantID, connector: target.connectorID, action: "state.set",
                         before: before, after: after).print(output, in: context)
    }
}

/// Reads and checks the document for `state set`.
enum StateInput {
    static func read(_ file: String, in context: ScriptContext) throws(ScriptFailure) -> JSONValue {
        let bytes: [UInt8]
        let name: String
        if file == "-" {
            bytes = context.readStandardInput()
            name = "standard input"
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .usage("cannot read \(file)")
            }
            bytes = Array(data)
            name = file
        }
        let state: JSONValue
        do {
            state = try JSONValue.parse(bytes: bytes)
        } catch {
            throw .usage("\(name) is not JSON: \(error.description)")
        }
        if state.compact().contains(SecretMasking.mask) {
            throw .usage("\(name) holds masked secrets (\(SecretMasking.mask)): read the state with --show-secrets to edit it")
        }
        return state
    }
}
