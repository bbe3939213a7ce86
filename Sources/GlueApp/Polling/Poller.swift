import Foundation
import GlueCore
import HotglueModels

/// Runs the background work `subscriptions(model)` asks for: one task per subscription, started when it appears,
/// cancelled when it disappears. Each task polls, posts the result, then waits its interval — never two polls of
/// the same thing at once — and backs off after errors. Every poll is paid from one `PollBudget`, so together they
/// stay within the API budget however many subscriptions are active. Used from the main loop's thread.
public final class Poller {
    private struct Running {
        let task: Task<Void, Never>
        let refresh: RefreshSignal
    }

    private let source: any DashboardDataSource
    private let mailbox: Mailbox
    private let clock: @Sendable () -> Date
    /// How the waits between polls pass: `Task.sleep`, or in tests a manual clock.
    private let sleep: @Sendable (Duration) async -> Void
    private let budget: PollBudget
    private var running: [Subscription: Running] = [:]

    /// `budget` defaults to the dashboard's (`PollBudget`), on wall time.
    public init(source: any DashboardDataSource, mailbox: Mailbox, clock: @escaping @Sendable () -> Date = { Date() },
                sleep: @escaping @Sendable (Duration) async -> Void = { try? await Task.sleep(for: $0) },
                budget: PollBudget = PollBudget()) {
        self.source = source
        self.mailbox = mailbox
        self.clock = clock
        self.sleep = sleep
        self.budget = budget
    }

    public var active: Set<Subscription> { Set(running.keys) }

    /// Starts what is wanted and not running; cancels what is running and no longer wanted.
    public func apply(_ wanted: Set<Subscription>) {
        for (subscription, job) in running where !wanted.contains(subscription) {
            job.task.cancel()
            running[subscription] = nil
        }
        for subscription in wanted where running[subscription] == nil {
            let refresh = RefreshSignal(sleep: sleep)
            let work = PollLoop(subscription: subscription, source: source, mailbox: mailbox, clock: clock,
                                refresh: refresh, budget: budget)
            running[subscription] = Running(task: Task.detached { await work.run() }, refresh: refresh)
        }
    }

    /// `R`: polls these now instead of at their next interval.
    public func refresh(_ subscriptions: Set<Subscription>) {
        for subscription in subscriptions {
            running[subscription]?.refresh.fire()
        }
    }

    public func cancelAll() {
        for job in running.values { job.task.cancel() }
        running.removeAll()
    }
}

/// One subscription's polling: poll, post, wait (interval, back-off, or a refresh), until cancelled.
private struct PollLoop: Sendable {
    let subscription: Subscription
    let source: any DashboardDataSource
    let mailbox: Mailbox
    let clock: @Sendable () -> Date
    let refresh: RefreshSignal
    let budget: PollBudget

    func run() async {
        if case .clock = subscription {
            while !Task.isCancelled {
                mailbox.post(.tick(clock()))
                await refresh.wait(upTo: .seconds(1))
            }
            return
        }
        if subscription.initialDelaySeconds > 0 {
            await refresh.wait(upTo: .milliseconds(Int(subscription.initialDelaySeconds * 1000)))
        }
        var cursor = 0
        var failures = 0
        while !Task.isCancelled {
            await budget.spend()
            if Task.isCancelled { return }
            let outcome = await source.poll(subscription, cursor: cursor)
            if Task.isCancelled { return }
            if let message = outcome.message { mailbox.post(message) }
            if let error = outcome.error {
                failures += 1
                await refresh.wait(upTo: PollBackoff.delay(after: error, failures: failures,
                                                           interval: subscription.intervalSeconds))
            } else {
                failures = 0
                cursor = outcome.cursor
                await refresh.wait(upTo: subscription.intervalSeconds.map { .milliseconds(Int($0 * 1000)) })
            }
        }
    }
}

/// How long a poller waits after a failed poll. The client already retried transient failures; here the
/// interval grows so a down API is not hammered, and errors that retrying cannot fix (a rejected key) wait long.
enum PollBackoff {
    static func delay(after error: APIError, failures: Int, interval: Double?) -> Duration {
        let base = interval ?? 5
        let seconds: Double
        if error.isRetryable {
            seconds = min(60, base * pow(2, Double(min(failures, 6))))
        } else {
            seconds = max(30, base)
        }
        return .milliseconds(Int(seconds * 1000))
    }
}

