import GlueApp
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// Replace and delete a connector's state through the write path: refused while a job of the connector runs
/// (unless `force`), re-read and compared with `expected_state` when given, journaled before and after, read back.
extension ToolRunner {
    func setState(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let ref = ConnectorRef(tenant: try args.tenant, connector: try args.connector)
        guard case .some(let state) = try args.state("state") else {
            throw .invalid("state", "setconnectorstate needs the argument `state`",
                           "Pass the new state as an object or JSON text (deleteconnectorstate removes it).")
        }
        guard let target = state else {
            throw .invalid("state", "`state` is null: setconnectorstate writes a state",
                           "To remove the state, call deleteconnectorstate.")
        }
        let write = StateWrite(ref: ref, kind: .edit, expected: try expectation(args), target: target)
        let (before, after, warnings) = try await perform(write, force: try args.bool("force") ?? false)
        var structured = Self.target(ref.tenant, ref.connector)
        structured["before"] = before ?? .null
        structured["after"] = after ?? .null
        structured["after_json"] = maskedJSONText(after)
        structured.addWarnings(warnings)
        return ToolSuccess(structured: structured, text: "replaced the state of \(ref.connector) (tenant \(ref.tenant))")
    }

    func deleteState(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let ref = ConnectorRef(tenant: try args.tenant, connector: try args.connector)
        let write = StateWrite(ref: ref, kind: .reset, expected: try expectation(args), target: nil)
        let (before, _, warnings) = try await perform(write, force: try args.bool("force") ?? false)
        var structured = Self.target(ref.tenant, ref.connector)
        structured["before"] = before ?? .null
        structured["deleted"] = JSONValue(before != nil)
        structured.addWarnings(warnings)
        let text = before == nil ? "\(ref.connector) (tenant \(ref.tenant)) had no state: nothing to delete"
            : "deleted the state of \(ref.connector) (tenant \(ref.tenant)): its next job runs a full sync"
        return ToolSuccess(structured: structured, text: text)
    }

    private func expectation(_ args: ToolArguments) throws(ToolFailure) -> StateExpectation {
        switch try args.state("expected_state") {
        case .none: return .anything
        case .some(let expected): return .unchanged(expected)
        }
    }

    /// The write, and its answer as before, after and warnings; a conflict, a refusal or an API error thrown.
    private func perform(_ write: StateWrite, force: Bool) async throws(ToolFailure)
        -> (JSONValue?, JSONValue?, [String?])
    {
        let ref = write.ref
        if !force, let job = try await api(nil, { () async throws(APIError) -> Job? in try await changes.runningJob(of: ref) }) {
            throw ToolFailure(
                category: .refused,
                message: "job \(job.id) of \(ref.connector) (tenant \(ref.tenant)) is \(job.status): it writes its own "
                    + "state when it ends and may overwrite this change; nothing was changed",
                whatToDo: "Wait for the job to end (getjobstatus, or subscribe to \(JobResourceURI(tenant: ref.tenant, jobID: job.id).text)), "
                    + "or pass force: true.", retryable: true)
        }
        switch await changes.writeState(write) {
        case .written(let before, let after, let readBackError, let journalError):
            return (before, after, [journalError, readBackError.map { "written, but reading it back failed: \($0)" }])
        case .conflict(let current, _):
            var failure = ToolFailure(
                category: .conflict,
                message: "the state of \(ref.connector) (tenant \(ref.tenant)) changed since expected_state; "
                    + "nothing was changed",
                whatToDo: "Read it again (current_state here, or getconnectorstate), decide from it, and send the "
                    + "change again with the new expected_state.", argument: "expected_state")
            failure.detail["current_state"] = current ?? .null
            failure.detail["current_state_json"] = maskedJSONText(current)
            throw failure
        case .failed(let error, _):
            throw ToolFailure(error, target: "getconnectorstate")
        case .unknown(let error, _):
            throw ToolFailure(error, target: "getconnectorstate")
        }
    }
}
