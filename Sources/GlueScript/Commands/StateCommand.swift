import ArgumentParser
import GlueCore
import HotglueModels
import LosslessJSON

/// `gluetop state get|set|delete|undo`: a linked connector's Singer state.
public struct StateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "state", abstract: "Read, write, delete or undo a connector's Singer state.",
        discussion: """
            `state get -o json` prints exactly what `state set --file -` takes: numbers keep their text \
            (12345678901234567890, 1.10) and keys their order, so a get | edit | set changes only what was edited.

            Every change is journaled with the full state before and after; `state undo` restores the state \
            before the last change found there.
            """,
        subcommands: [StateGetCommand.self, StateSetCommand.self, StateDeleteCommand.self, StateUndoCommand.self])

    public init() {}
}

/// `--tenant T --connector C`, for every state and job command.
public struct ConnectorTarget: ParsableArguments {
    @Option(help: "Tenant id.") public var tenant: String
    @Option(help: "Linked connector id.") public var connector: String

    public init() {}

    var tenantID: TenantID { TenantID(tenant) }
    var connectorID: ConnectorID { ConnectorID(connector) }
    var ref: ConnectorRef { ConnectorRef(tenant: tenantID, connector: connectorID) }
}

/// `gluetop state get`: the state as stored; a leaf table on a terminal.
public struct StateGetCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "get", abstract: "Print a connector's state.", discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup var target: ConnectorTarget

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let state = try await ScriptSession.run(connection, in: context) { session in
            try await session.client.getState(tenant: target.tenantID, connector: target.connectorID)
        }
        guard let state else {
            throw ScriptFailure.notFound("connector \(target.connector) of tenant \(target.tenant) has no state")
        }
        let shown = output.shown(state)
        try output.print(shown, in: context) {
            var table = TextTable("PATH", "VALUE")
            for (path, value) in StateLeaves.leaves(of: shown) { table.add(path, value) }
            return table.render()
        }
    }
}

/// The scalar leaves of a JSON document with their paths, for tables.
enum StateLeaves {
    static func leaves(of value: JSONValue, path: [JSONPath.Component] = []) -> [(String, String)] {
        switch value {
        case .object(let object) where !object.isEmpty:
            return object.flatMap { leaves(of: $0.value, path: path + [.key($0.key)]) }
        case .array(let items) where !items.isEmpty:
            return items.enumerated().flatMap { leaves(of: $0.element, path: path + [.index($0.offset)]) }
        default:
            let text = value.stringValue ?? value.compact()
            return [(path.isEmpty ? "." : JSONPath(path).description, text)]
        }
    }
}
