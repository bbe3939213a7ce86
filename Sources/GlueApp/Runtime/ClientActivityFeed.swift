import Foundation
import GlueCore
import HotglueAPI

/// Carries the client's retries and request rate to the status line: a retry shows from when it is scheduled
/// until its wait is over, and the rate is posted when it changes (checked every 5 s; a still screen stays still).
public final class ClientActivityFeed: Sendable {
    private let tasks: [Task<Void, Never>]

    public init(client: HotglueClient, mailbox: Mailbox) {
        let retries = Task.detached {
            for await event in client.retryEvents() {
                let retry = ActivityStatus.Retry(
                    operation: event.operation, attempt: event.nextAttempt, maxAttempts: event.maxAttempts,
                    delaySeconds: Double(event.delay.components.seconds)
                        + Double(event.delay.components.attoseconds) / 1e18,
                    reason: event.error.summary)
                mailbox.post(.retryScheduled(retry))
                let operation = event.operation
                Task.detached {
                    try? await Task.sleep(for: event.delay + .milliseconds(500))
                    mailbox.post(.retryFinished(operation: operation))
                }
            }
        }
        let rate = Task.detached {
            var last = -1
            while !Task.isCancelled {
                let now = client.activity.requestsLastMinute
                if now != last {
                    mailbox.post(.requestRate(perMinute: now))
                    last = now
                }
                try? await Task.sleep(for: .seconds(5))
            }
        }
        tasks = [retries, rate]
    }

    public func stop() {
        for task in tasks { task.cancel() }
    }
}
