/// One entry of the request log: the request, its number in the sequence of every request since the emulator
/// started (1, 2, …; never reused, so a reader can ask for what came after the last it saw), and when it arrived
/// and was answered, in wall seconds since the emulator started, for request rates and concurrency.
struct LoggedRequest: Sendable {
    let sequence: Int
    let received: Double
    let answered: Double
    let request: RecordedRequest
}

/// The request log tests and `/_emulator/requests` read back: newest last, a ring buffer of the newest
/// `capacity` requests (10,000 unless a test says otherwise), so a long-running CLI emulator stays small.
actor RequestLog {
    static let defaultCapacity = 10_000

    private var ring: RingBuffer<LoggedRequest>
    private var lastSequence = 0
    private var inFlight = 0
    private var peakInFlight = 0
    private let origin: ContinuousClock.Instant

    init(capacity: Int = RequestLog.defaultCapacity, origin: ContinuousClock.Instant = .now) {
        ring = RingBuffer(capacity: capacity)
        self.origin = origin
    }

    /// A request arrived; it counts as in flight until `append` records its answer.
    func arrived() {
        inFlight += 1
        peakInFlight = max(peakInFlight, inFlight)
    }

    func append(_ request: RecordedRequest, received: ContinuousClock.Instant, answered: ContinuousClock.Instant = .now) {
        inFlight = max(0, inFlight - 1)
        lastSequence += 1
        ring.append(LoggedRequest(
            sequence: lastSequence, received: seconds(received), answered: seconds(answered), request: request))
    }

    func all() -> [RecordedRequest] { ring.elements.map(\.request) }

    /// Up to `limit` entries numbered after `sequence`, oldest first. Entries pushed out of the ring are gone:
    /// a reader that fell more than `capacity` behind sees a gap in the numbers.
    func entries(after sequence: Int, limit: Int) -> [LoggedRequest] {
        Array(ring.elements.lazy.filter { $0.sequence > sequence }.prefix(max(0, limit)))
    }

    func clear() { ring.removeAll() }

    var stats: RequestLogStats {
        RequestLogStats(
            kept: ring.count, capacity: ring.capacity, total: lastSequence, inFlight: inFlight,
            peakInFlight: peakInFlight)
    }

    private func seconds(_ instant: ContinuousClock.Instant) -> Double {
        (instant - origin).seconds
    }
}

/// The request log's size and the server's concurrency, for `/_emulator/stats`.
public struct RequestLogStats: Sendable, Hashable {
    /// Entries held now (at most `capacity`).
    public let kept: Int
    public let capacity: Int
    /// Requests recorded since the emulator started, including those pushed out of the ring.
    public let total: Int
    /// Requests being handled now.
    public let inFlight: Int
    /// The most requests handled at once since the emulator started.
    public let peakInFlight: Int
}
