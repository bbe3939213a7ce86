import GlueApp
import LosslessJSON
import MCP

/// The subscriptions of one session: one polling task per subscribed resource, each read paid from the process's
/// polling budget and spaced by the watch interval (no overlap, no busy loop). When what a read gives differs from
/// the read before, `notify` sends `notifications/resources/updated`. A job's task ends once its status is final;
/// every task ends on unsubscribe and when the session closes.
actor ResourceWatcher {
    private let reader: ResourceReader
    private let budget: PollBudget
    private let interval: Duration
    private let notify: @Sendable (String) async -> Void
    private var tasks: [ResourceURI: Task<Void, Never>] = [:]

    init(reader: ResourceReader, budget: PollBudget, interval: Duration,
         notify: @escaping @Sendable (String) async -> Void) {
        self.reader = reader
        self.budget = budget
        self.interval = interval
        self.notify = notify
    }

    /// Reads the resource once (so an unknown one is refused at once) and watches it from there.
    func subscribe(_ uri: ResourceURI) async throws(MCPError) {
        let first = try await reader.read(uri)
        tasks[uri]?.cancel()
        let reader = self.reader, budget = self.budget, interval = self.interval, notify = self.notify
        tasks[uri] = first.final ? nil : Task {
            var last = first.json
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                await budget.spend()
                guard !Task.isCancelled else { return }
                // A failed read (rate limit, network) is not a change: try again next time.
                guard let now = try? await reader.read(uri) else { continue }
                if now.json != last {
                    last = now.json
                    await notify(uri.text)
                }
                if now.final { return }
            }
        }
    }

    func unsubscribe(_ uri: ResourceURI) {
        tasks.removeValue(forKey: uri)?.cancel()
    }

    func stopAll() {
        for task in tasks.values { task.cancel() }
        tasks.removeAll()
    }

    var watching: Int { tasks.count }
}
