import Foundation
import GlueEvents
import GlueSync
import HotglueModels
import Logging
import PostgresNIO

/// The relay's sink: each accepted event appended to `events` and notified, before the delivery is answered (a
/// failure answers 503, so the sender delivers it again).
final class PostgresEventStore: WebhookEventSink {
    struct Counts: Sendable, Hashable {
        var stored = 0
        /// Accepted by this relay but already stored (by another relay sharing the database).
        var alreadyStored = 0
        var failed = 0
        /// The longest insert since the last status line: how far the database lags behind the deliveries.
        var slowestInsert: Duration = .zero
    }

    private let connection: ReconnectingConnection
    private let counts = LockedValue(Counts())

    init(connection: ReconnectingConnection) {
        self.connection = connection
    }

    func keep(_ received: ReceivedWebhook) async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let query = EventSchema.insert(
            kind: received.event.kindName, tenant: received.event.tenant?.rawValue, key: received.key.description,
            body: String(decoding: received.body, as: UTF8.self))
        do {
            let inserted = try await connection.run { connection in
                var count = 0
                for try await _ in try await connection.query(query, logger: Self.quiet) { count += 1 }
                return count
            }
            let took = clock.now - started
            counts.withLock { counts in
                if inserted > 0 { counts.stored += 1 } else { counts.alreadyStored += 1 }
                counts.slowestInsert = max(counts.slowestInsert, took)
            }
        } catch {
            counts.withLock { $0.failed += 1 }
            throw RelayStoreError(description: "the event could not be stored: \(String(reflecting: error).prefix(200))")
        }
    }

    /// The counts, and the slowest insert since the last call (reset).
    func takeCounts() -> Counts {
        counts.withLock { counts in
            let taken = counts
            counts.slowestInsert = .zero
            return taken
        }
    }

    static let quiet = Logger(label: "GlueRelay.store") { _ in SwiftLogNoOpLogHandler() }
}

struct RelayStoreError: Error, CustomStringConvertible {
    let description: String
}

extension HotglueEvent {
    /// `job`, `discover` or `connection`: the `kind` column.
    public var kindName: String {
        switch self {
        case .job: "job"
        case .discover: "discover"
        case .connection: "connection"
        }
    }
}
