import Foundation
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// Performs `APIRequest.state`: every state change re-reads the state first and refuses (as a conflict) when it
/// is not what the change was prepared against, then writes or deletes, reads the result back, and journals the
/// full before and after. Edit (`state.set`), reset (`state.delete`) and undo (`state.undo`) all go this way.
extension HotglueDataSource {
    func performState(_ request: StateRequest) async -> Msg {
        switch request {
        case .write(let write):
            let result = await performWrite(write)
            return .stateAction(.finished(write, result, at: clock()))
        }
    }

    private func performWrite(_ write: StateWrite) async -> StateWriteResult {
        let ref = write.ref
        let requestLine = (write.target == nil ? "DELETE" : "PUT")
            + " linkedConnectors/state connector_id=\(ref.connector)"
        func journaled(_ outcome: JournalEntry.Outcome, before: JSONValue?, after: JSONValue?) -> String? {
            journal?.record(tenant: ref.tenant, connector: ref.connector, action: write.kind.journalAction,
                            request: requestLine, outcome: outcome, before: before, after: after)
        }

        let before: JSONValue?
        do {
            before = try await client.getState(tenant: ref.tenant, connector: ref.connector)
        } catch {
            return .failed(error, journalError: journaled(.failed(error.message), before: nil, after: write.target))
        }
        guard write.expected.isMet(by: before) else {
            return .conflict(current: before, journalError: journaled(.conflict, before: before, after: write.target))
        }
        do {
            if let target = write.target {
                try await client.setState(tenant: ref.tenant, connector: ref.connector, state: target)
            } else if before != nil {
                try await client.deleteState(tenant: ref.tenant, connector: ref.connector)
            }
        } catch {
            return .failed(error, journalError: journaled(.failed(error.message), before: before, after: write.target))
        }
        // Read back, so the pane shows what Hotglue holds, not what was sent.
        var after = write.target
        var readBackError: String?
        do {
            after = try await client.getState(tenant: ref.tenant, connector: ref.connector)
        } catch {
            readBackError = error.message
        }
        return .written(before: before, after: after, readBackError: readBackError,
                        journalError: journaled(.succeeded, before: before, after: after))
    }
}
