import ArgumentParser
import Foundation
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON

/// `gluetop state undo`: restores the state from before the last successful state change of this connector in the
/// journal (by the dashboard or a script), refusing with exit 4 when the state is no longer that change's after.
/// An undo is a change too, so a second undo redoes.
public struct StateUndoCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Restore the state from before its last journaled change.",
        discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup var target: ConnectorTarget

    @Flag(help: "Restore the state even while a job of the connector runs (the job may overwrite it when it ends).")
    var force = false

    public init() {}

    /// The write path compares structurally (key order does not count, number text does), so an API that hands
    /// the state back with its keys reordered is not a change made meanwhile.
    public func execute(in context: ScriptContext) async throws {
        let changes = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("state undo")
            let change = try lastChange(session)
            let write = StateWrite(ref: target.ref, kind: .undo, expected: .unchanged(change.after),
                                   target: change.before)
            return try await StateWriteRun.perform(write, force: force, in: session, output: output)
        }
        try changes.print(output, in: context)
    }

    /// The newest succeeded `state.*` change for this environment, flow, tenant and connector.
    private func lastChange(_ session: ScriptSession) throws(ScriptFailure) -> JournalEntry {
        let journal = session.journal
        let change: JournalEntry?
        do {
            change = try journal.file.lastUndoableStateChange(envID: journal.envID, flowID: journal.flowID,
                                                              tenant: target.tenantID, connector: target.connectorID)
        } catch {
            throw ScriptFailure(.apiError, "cannot read the journal: \(error.message)")
        }
        guard let change else {
            throw ScriptFailure.notFound(
                "no state change of \(target.connector) (tenant \(target.tenant)) in the journal \(journal.file.path)")
        }
        return change
    }
}
