import GlueApp
import GlueCore
import Testing
import TestSupport

extension DashboardSession {
    /// Processes mailbox messages until `condition` holds on the model; on a time-out records what was waited
    /// for with `describe()` (the screen, the notice…) and throws.
    func processUntil(_ what: String, timeout: Duration, describe: () -> String,
                      _ condition: (Model) -> Bool) async throws {
        let held = await poll(upTo: timeout) {
            process([])
            return condition(model)
        }
        if held { return }
        Issue.record("timed out waiting for \(what); \(describe())")
        throw CancellationError()
    }
}
