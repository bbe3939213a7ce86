import Foundation
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// State changes: edit (`state.set`), reset (`state.delete`) and undo (`state.undo`), from any front-end.
/// Re-read the state and refuse (as a conflict) when it is not what the change was based on; journal the intent
/// with the state as re-read and the state to leave; write or delete; read it back; journal the outcome.
extension ChangePerformer {
    public func writeState(_ write: StateWrite) async -> StateWriteResult {
        let ref = write.ref
        let key = gateKey(ref.tenant, ref.connector)
        if let refusal = Self.refusal(gate.enter(key), ref.tenant, ref.connector) {
            return .failed(refusal, journalError: nil)
        }
        defer { gate.leave(key) }
        let action = write.kind.journalAction
        let request = (write.target == nil ? "DELETE" : "PUT") + " linkedConnectors/state connector_id=\(ref.connector)"

        let before: JSONValue?
        do {
            before = try await client.getState(tenant: ref.tenant, connector: ref.connector)
        } catch {
            // Nothing was sent: the attempt is journaled as failed, whole.
            let problem = journal?.refused(tenant: ref.tenant, connector: ref.connector, action: action,
                                           request: request, outcome: .failed(error.message), after: write.target)
            return .failed(error, journalError: problem)
        }
        guard write.expected.isMet(by: before) else {
            let problem = journal?.refused(tenant: ref.tenant, connector: ref.connector, action: action,
                                           request: request, outcome: .conflict, before: before, after: write.target)
            return .conflict(current: before, journalError: problem)
        }
        let intent: JournalEntry?
        do {
            intent = try journal?.begin(tenant: ref.tenant, connector: ref.connector, action: action,
                                        request: request, before: before, after: write.target)
        } catch {
            return .failed(Self.notJournaled(error), journalError: nil)
        }
        do throws(APIError) {
            if let target = write.target {
                try await client.setState(tenant: ref.tenant, connector: ref.connector, state: target)
            } else if before != nil {
                try await client.deleteState(tenant: ref.tenant, connector: ref.connector)
            }
        } catch {
            let outcome = Self.outcome(of: error)
            let problem = intent.flatMap {
                journal?.finish($0, outcome, states: .init(before: before, after: write.target))
            }
            if case .unknown = outcome { return .unknown(error, journalError: problem) }
            return .failed(error, journalError: problem)
        }
        // Read back, so the pane shows what Hotglue holds, not what was sent.
        var after = write.target
        var readBackError: String?
        do {
            after = try await client.getState(tenant: ref.tenant, connector: ref.connector)
        } catch {
            readBackError = error.message
        }
        var problem = intent.flatMap { journal?.finish($0, .succeeded, states: .init(before: before, after: after)) }
        if let settled = write.settles { problem = journal?.settle(settled, as: "undone") ?? problem }
        return .written(before: before, after: after, readBackError: readBackError, journalError: problem)
    }

    /// The running job of this connector, if its tenant's newest jobs show one: the job writes its own state
    /// when it ends and may overwrite a state change made meanwhile.
    public func runningJob(of ref: ConnectorRef) async throws(APIError) -> Job? {
        try await client.listJobs(tenant: ref.tenant, count: 20)
            .first { $0.connector == ref.connector && $0.status.isRunning }
    }
}
