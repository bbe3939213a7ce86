import HotglueAPI
import HotglueModels

/// Polls a discovery or a job until it ends, drawing progress, within an optional time limit. The limit also
/// cuts a poll that hangs: a request still open at the deadline is cancelled.
struct Follower {
    let context: ScriptContext
    let limit: Duration?

    /// The discovery's final status (anything but running).
    func followDiscovery(_ client: HotglueClient, tenant: TenantID, connector: ConnectorID) async throws
        -> DiscoverStatus
    {
        try await poll(what: "discovery of \(connector) (tenant \(tenant))") {
            try await client.pollDiscover(tenant: tenant, connector: connector)
        } show: { status, elapsed, progress in
            let spinner = ["|", "/", "-", "\\"][Int(elapsed.components.seconds) % 4]
            let text = status.isRunning
                ? "\(spinner) discovering \(connector) (tenant \(tenant)) \(ProgressLine.seconds(elapsed))"
                : "discovery of \(connector) \(status) after \(ProgressLine.seconds(elapsed))"
            progress.update(status: status.description, text: text)
            return status.isFinished
        }
    }

    /// The job once its status is terminal (completed or failed).
    func followJob(_ client: HotglueClient, tenant: TenantID, root: JobRoot) async throws -> Job {
        try await poll(what: "job \(root.jobID) (tenant \(tenant))") {
            try await client.pollJob(tenant: tenant, jobRoot: root)
        } show: { job, elapsed, progress in
            let stages = Double(JobStage.completed.rawValue - JobStage.created.rawValue)
            let reached = Double(max(job.status.stage.rawValue - JobStage.created.rawValue, 0))
            let done = job.status.isTerminal ? 1 : reached / stages
            let text = "\(ProgressLine.bar(done)) job \(job.id) \(job.status) \(ProgressLine.seconds(elapsed))"
            progress.update(status: job.status.rawValue, text: text)
            return job.status.isTerminal
        }
    }

    /// Fetches every poll interval until `show` says the result is final; past the limit, a timed-out failure.
    private func poll<T: Sendable>(
        what: String, fetch: @escaping @Sendable () async throws -> T,
        show: (T, Duration, ProgressLine) -> Bool
    ) async throws -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = limit.map { start + $0 }
        let progress = ProgressLine(context.standardError)
        defer { progress.finish() }
        while true {
            guard let value = try await Self.fetch(fetch, before: deadline) else { break }
            if show(value, clock.now - start, progress) { return value }
            if let deadline, clock.now >= deadline { break }
            let pause = deadline.map { min(context.pollInterval, $0 - clock.now) } ?? context.pollInterval
            try await Task.sleep(for: pause)
        }
        progress.finish()
        throw ScriptFailure(.timedOut, "\(what) still running after \(Self.seconds(limit ?? .zero))")
    }

    /// The fetched value, or nil when the deadline came first (the fetch is then cancelled).
    private static func fetch<T: Sendable>(
        _ fetch: @escaping @Sendable () async throws -> T, before deadline: ContinuousClock.Instant?
    ) async throws -> T? {
        guard let deadline else { return try await fetch() }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await fetch() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? "\(Int(value))s" : "\(value)s"
    }
}
