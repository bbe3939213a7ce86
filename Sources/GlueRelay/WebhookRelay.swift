import Foundation
import GlueEvents
import Logging
import PostgresNIO

/// `gluetop relay`: Hotglue's webhooks verified by the same intake as the dashboard's receiver, each accepted
/// event appended to PostgreSQL's `events` table and notified on `gluetop_events`, for every dashboard's
/// `EventFeed`. Rows older than `retention` are deleted at each status tick.
public final class WebhookRelay: Sendable {
    public struct Configuration: Sendable {
        public var listen: ListenAddress
        public var secret: WebhookSecret?
        public var database: DatabaseAddress
        /// Rows received longer ago are deleted.
        public var retention: Duration = .seconds(7 * 86_400)
        /// How often the status is reported (and retention applied).
        public var statusInterval: Duration = .seconds(60)
        public var maxBodyBytes = 1 << 20
        public var logger = Logger(label: "gluetop.relay")

        public init(listen: ListenAddress, secret: WebhookSecret?, database: DatabaseAddress) {
            self.listen = listen
            self.secret = secret
            self.database = database
        }
    }

    public let server: WebhookServer
    private let store: PostgresEventStore
    private let connection: ReconnectingConnection
    private let ticking: Task<Void, Never>

    private init(server: WebhookServer, store: PostgresEventStore, connection: ReconnectingConnection,
                 ticking: Task<Void, Never>) {
        self.server = server
        self.store = store
        self.connection = connection
        self.ticking = ticking
    }

    /// Creates the table if needed, then listens. `onStatus` gets a status every `statusInterval`.
    public static func start(
        _ configuration: Configuration, onStatus: @escaping @Sendable (RelayStatus) -> Void = { _ in }
    ) async throws -> WebhookRelay {
        let connection = ReconnectingConnection(address: configuration.database, logger: PostgresEventStore.quiet)
        try await EventDatabase.prepare(connection)
        let store = PostgresEventStore(connection: connection)
        let intake = WebhookIntake(.init(secret: configuration.secret, maxBodyBytes: configuration.maxBodyBytes))
        let server = try await WebhookServer.start(
            listen: configuration.listen, intake: intake, sink: store, logger: configuration.logger)
        let retentionSeconds = max(1, Int(configuration.retention.components.seconds))
        let interval = configuration.statusInterval
        let ticking = Task {
            while !Task.isCancelled {
                guard (try? await Task.sleep(for: interval)) != nil else { return }
                _ = try? await connection.run { connection in
                    try await connection.query(EventSchema.deleteOlder(thanSeconds: retentionSeconds), logger: PostgresEventStore.quiet)
                }
                onStatus(Self.status(intake: intake, store: store))
            }
        }
        return WebhookRelay(server: server, store: store, connection: connection, ticking: ticking)
    }

    /// Where it listens (with the bound port).
    public var address: ListenAddress { server.address }
    public var url: String { server.url }

    /// The counts now (the database lag is the slowest insert since the last status).
    public var status: RelayStatus { Self.status(intake: server.intake, store: store) }

    public func shutdown() async {
        ticking.cancel()
        await ticking.value
        await server.shutdown()
        await connection.close()
    }

    private static func status(intake: WebhookIntake, store: PostgresEventStore) -> RelayStatus {
        let counts = store.takeCounts()
        return RelayStatus(
            intake: intake.status, stored: counts.stored, alreadyStored: counts.alreadyStored,
            storeFailures: counts.failed, databaseLag: counts.slowestInsert)
    }
}
