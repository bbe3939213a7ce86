import ArgumentParser
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON

/// `--expect FILE` and `--force`, for the commands that change a state (`set`, `delete`, `undo`).
struct StateWriteOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The state this change is based on (what `state get -o json` printed, - for standard input): refused with exit 4 when the state at Hotglue is no longer this.",
        valueName: "path"))
    var expect: String?

    @Flag(help: "Change the state even while a job of the connector runs (the job may overwrite it when it ends).")
    var force = false

    /// What the state must still be for the change to go ahead.
    func expectation(in context: ScriptContext) throws(ScriptFailure) -> StateExpectation {
        guard let expect else { return .anything }
        return .unchanged(try StateInput.read(expect, what: "--expect", in: context))
    }
}

/// Runs one state change through the write path and turns its result into the command's: the changes made, or
/// exit 4 with what changed meanwhile, or the API's failure.
enum StateWriteRun {
    static func perform(_ write: StateWrite, force: Bool, in session: ScriptSession,
                        output: OutputOptions) async throws -> StateChanges {
        let ref = write.ref
        try await session.requireNoRunningJob(ref, force: force, "state change")
        switch await session.changes.writeState(write) {
        case .written(let before, let after, let readBackError, let journalError):
            if let journalError { session.context.report("warning: \(journalError)") }
            if let readBackError { session.context.report("warning: written, but reading it back failed: \(readBackError)") }
            return StateChanges(tenant: ref.tenant, connector: ref.connector, action: write.kind.journalAction,
                                before: before, after: after)
        case .conflict(let current, let journalError):
            if let journalError { session.context.report("warning: \(journalError)") }
            // What changed meanwhile, from the state the change was based on to the state now, then exit 4.
            try StateChanges(tenant: ref.tenant, connector: ref.connector, action: "changed meanwhile",
                             before: write.expected.document ?? nil, after: current)
                .print(output, in: session.context)
            throw ScriptFailure.refused(
                "state of \(ref.connector) (tenant \(ref.tenant)) changed since the state this change is based on: "
                    + "nothing was changed; the differences are on standard output, see `gluetop state get`")
        case .failed(let error, let journalError):
            if let journalError { session.context.report("warning: \(journalError)") }
            throw ScriptFailure(error)
        case .unknown(let error, let journalError):
            if let journalError { session.context.report("warning: \(journalError)") }
            throw ScriptFailure(.apiError, "the change of the state of \(ref.connector) (tenant \(ref.tenant)) was sent "
                + "but its answer never came (\(error.message)): it may or may not have happened; check with "
                + "`gluetop state get`, the journal marks it unknown (`gluetop journal check`)")
        }
    }
}
