import GlueApp
import GlueCore
import Testing

extension DashboardSession {
    /// Processes mailbox messages until `condition` holds on the model; on a time-out records what was waited
    /// for with `describe()` (the screen, the notice…) and throws.
    func processUntil(_ what: String, timeout: Duration, describe: () -> String,
                      _ condition: (Model) -> Bool) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            process([])
            if condition(model) { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("timed out waiting for \(what); \(describe())")
        throw CancellationError()
    }
}
