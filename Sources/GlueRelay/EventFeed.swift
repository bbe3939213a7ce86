import Foundation
import GlueEvents
import GlueSync
import HotglueModels
import Logging
import PostgresNIO

/// What a dashboard reads from the relay's database: the events after the last one it has, as they are stored.
///
/// It `LISTEN`s on `gluetop_events`, then reads the rows after its last id (catching up on what it missed), and
/// again at every notification; when the connection fails it waits `retryDelay`, connects again and catches up,
/// so nothing stored is missed. Batches come out in id order, each at most `batchSize` events.
///
/// ```swift
/// let feed = EventFeed(database: address, after: lastSeenID)
/// for await batch in feed.batches { mailbox.post(.events(batch.map(\.event))) }
/// ```
public final class EventFeed: Sendable {
    public let batches: AsyncStream<[StoredEvent]>
    private let continuation: AsyncStream<[StoredEvent]>.Continuation
    private let task: LockedValue<Task<Void, Never>?>
    private let progress: LockedValue<Progress>

    struct Progress: Sendable {
        var lastID: Int64
        var connected = false
        var reconnects = 0
        /// The connection listening now: `stop()` closes it, which ends the notification loop (a cancelled task
        /// alone does not end PostgresNIO's wait for the next notification).
        var connection: PostgresConnection?
        /// The attempt whose rows count (0: none); a stalled attempt's generation is no longer current.
        var generation = 0
        var aliveAt = ContinuousClock.now
        var attemptEnded = false
        var connections = 0
    }

    /// Starts reading at once. `after`: the last id already handled (0 for everything still kept).
    public init(
        database: DatabaseAddress, after lastID: Int64 = 0, retryDelay: Duration = .milliseconds(500),
        batchSize: Int = 1_000, logger: Logger = Logger(label: "gluetop.events")
    ) {
        (batches, continuation) = AsyncStream.makeStream(of: [StoredEvent].self, bufferingPolicy: .unbounded)
        progress = LockedValue(Progress(lastID: lastID))
        task = LockedValue(nil)
        let reader = FeedReader(
            address: database, retryDelay: retryDelay, batchSize: batchSize, logger: logger,
            continuation: continuation, progress: progress)
        task.withLock { $0 = Task { await reader.run() } }
    }

    /// The id of the last event handed out.
    public var lastID: Int64 { progress.withLock { $0.lastID } }
    /// Whether it is listening now (false while reconnecting).
    public var isConnected: Bool { progress.withLock { $0.connected } }
    /// How many times it connected again after a failure.
    public var reconnects: Int { progress.withLock { $0.reconnects } }

    /// Stops reading and ends `batches`.
    /// Waits for the reader at most `stopWait`: under load a reader was once seen never to return from PostgresNIO
    /// after its connection closed, and stopping must not hang the dashboard (the reader is left to end by itself).
    public func stop() async {
        let running = task.withLock { $0 }
        running?.cancel()
        if let connection = progress.withLock({ $0.connection }) {
            await FirstToFinish.either({ try? await connection.close() }, orAfter: .seconds(2))
        }
        if let running {
            await FirstToFinish.either({ await running.value }, orAfter: Self.stopWait)
        }
        continuation.finish()
    }

    static let stopWait: Duration = .seconds(5)
}

/// The loop behind `EventFeed`.
private struct FeedReader: Sendable {
    let address: DatabaseAddress
    let retryDelay: Duration
    /// How often the feed reads the table without a notification, which also finds a dead connection.
    let heartbeat: Duration = .seconds(1)
    let batchSize: Int
    let logger: Logger
    let continuation: AsyncStream<[StoredEvent]>.Continuation
    let progress: LockedValue<EventFeed.Progress>

    /// How long a connection may go without a catch-up (the heartbeat makes one a second) before the feed gives
    /// up on it and connects again. Under load PostgresNIO was seen never to return, after PostgreSQL restarted,
    /// from a call on a connection: that attempt is abandoned (its results are ignored) rather than waited for.
    let stallLimit: Duration = .seconds(10)

    /// Connection attempts one after another, each in a task of its own, supervised: an attempt that ends (the
    /// connection failed or closed) is followed by the next after `retryDelay`; one that stalls is abandoned.
    func run() async {
        var generation = 0
        while !Task.isCancelled {
            generation += 1
            let mine = generation
            progress.withLock { progress in
                progress.generation = mine
                progress.aliveAt = ContinuousClock.now
                progress.attemptEnded = false
            }
            let running = Task { await self.attempt(generation: mine) }
            while !Task.isCancelled {
                let (ended, stalled) = progress.withLock { progress in
                    (progress.attemptEnded, ContinuousClock.now - progress.aliveAt > stallLimit)
                }
                if ended { break }
                if stalled {
                    logger.notice("event feed: no answer from the database for a while, connecting again",
                                  metadata: ["database": "\(address)"])
                    break
                }
                try? await Task.sleep(for: .milliseconds(200))
            }
            running.cancel()
            let connection = progress.withLock { progress in
                let connection = progress.connection
                progress.connection = nil
                progress.connected = false
                progress.generation = 0
                return connection
            }
            if let connection { await FirstToFinish.either({ try? await connection.close() }, orAfter: .seconds(2)) }
            if Task.isCancelled { break }
            try? await Task.sleep(for: retryDelay)
        }
        progress.withLock { $0.connected = false }
    }

    /// One connection: LISTEN, catch up, then catch up again at every notification and heartbeat until it fails.
    private func attempt(generation: Int) async {
        defer { progress.withLock { if $0.generation == generation { $0.attemptEnded = true } } }
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try address.connectionConfiguration(), id: 1, logger: PostgresEventStore.quiet)
            let current = progress.withLock { progress -> Bool in
                guard progress.generation == generation else { return false }
                progress.connection = connection
                progress.aliveAt = ContinuousClock.now
                return true
            }
            guard current, !Task.isCancelled else {
                try? await connection.close()
                return
            }
            try await connection.listen(on: EventSchema.channel) { notifications in
                progress.withLock { progress in
                    progress.connected = true
                    if progress.connections > 0 { progress.reconnects += 1 }
                    progress.connections += 1
                }
                try await catchUp(connection, generation: generation)
                // Woken by a notification, or every `heartbeat` whatever happens.
                let (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
                let listener = Task {
                    do { for try await _ in notifications { wake.yield() } } catch {}
                    wake.finish()
                }
                let ticker = Task {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: heartbeat)
                        wake.yield()
                    }
                }
                defer {
                    listener.cancel()
                    ticker.cancel()
                }
                do {
                    for await _ in wakes {
                        try await catchUp(connection, generation: generation)
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
            }
            try? await connection.close()
        } catch {
            if !Task.isCancelled {
                logger.notice("event feed: connection lost, connecting again", metadata: ["database": "\(address)"])
            }
        }
    }

    /// Hands out every row after the last id, in batches.
    private func catchUp(_ connection: PostgresConnection, generation: Int) async throws {
        while true {
            let after = progress.withLock { $0.lastID }
            let rows = try await connection.query(EventSchema.rows(after: after, limit: batchSize), logger: PostgresEventStore.quiet)
            var batch: [StoredEvent] = []
            var last = after
            for try await (id, receivedAt, _, _, body) in rows.decode((Int64, Date, String, String?, String).self) {
                last = id
                // A row that no longer reads as an event (written by something else) is skipped, not fatal.
                if let event = try? HotglueEvent(webhookBody: Array(body.utf8)) {
                    batch.append(StoredEvent(id: id, receivedAt: receivedAt, event: event))
                }
            }
            // Only the current attempt hands rows out: an abandoned one that wakes up late is ignored.
            let current = progress.withLock { progress -> Bool in
                guard progress.generation == generation else { return false }
                progress.aliveAt = ContinuousClock.now
                if last > after { progress.lastID = last }
                return true
            }
            guard current else { throw CancellationError() }
            guard last > after else { return }
            if !batch.isEmpty { continuation.yield(batch) }
        }
    }
}
