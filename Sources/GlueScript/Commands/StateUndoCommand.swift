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

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let (current, restored) = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("state undo")
            let tenant = target.tenantID, connector = target.connectorID
            let change = try lastChange(session)
            let current = try await session.client.getState(tenant: tenant, connector: connector)
            let request = "undo \(change.action) of \(JournalTime.format(change.time))"
            // The dashboard's rule: compared structurally (key order does not count, number text does), so an
            // API that hands the state back with its keys reordered is not a change made meanwhile.
            guard StateExpectation.unchanged(change.after).isMet(by: current) else {
                session.record(tenant: tenant, connector: connector, action: "state.undo", request: request,
                               outcome: .conflict, before: current, after: change.before)
                throw ScriptFailure.refused(
                    "state of \(connector) (tenant \(tenant)) changed since the \(change.action) of "
                        + "\(JournalTime.format(change.time)): not undone; see `gluetop state get`")
            }
            let result: Result<Void, APIError>
            do throws(APIError) {
                if let before = change.before {
                    try await session.client.setState(tenant: tenant, connector: connector, state: before)
                } else {
                    try await session.client.deleteState(tenant: tenant, connector: connector)
                }
                result = .success(())
            } catch {
                result = .failure(error)
            }
            session.record(tenant: tenant, connector: connector, action: "state.undo", request: request,
                           outcome: ActionJournal.outcome(result), before: current, after: change.before)
            try result.get()
            return (current, change.before)
        }
        try StateChanges(tenant: target.tenantID, connector: target.connectorID, action: "state.undo",
                         before: current, after: restored).print(output, in: context)
    }

    /// The newest succeeded `state.*` entry for this environment, flow, tenant and connector.
    private func lastChange(_ session: ScriptSession) throws(ScriptFailure) -> JournalEntry {
        let journal = session.journal
        let listing: JournalListing
        do {
            listing = try journal.file.read()
        } catch {
            throw ScriptFailure(.apiError, "cannot read the journal: \(error.message)")
        }
        guard let change = listing.lastUndoableStateChange(envID: journal.envID, flowID: journal.flowID,
                                                           tenant: target.tenantID, connector: target.connectorID)
        else {
            throw ScriptFailure.notFound(
                "no state change of \(target.connector) (tenant \(target.tenant)) in the journal \(listing.path)")
        }
        return change
    }
}
