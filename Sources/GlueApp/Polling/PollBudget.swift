import GlueSync

/// How often the pollers of one dashboard may call the API, all together: on average at most one poll per
/// `spacing` (DESIGN.md: ≤ 1 request/s while live-watching one tenant), with up to `burst` at once after a quiet
/// spell, so a tenant's first loads (connectors, jobs, state, discover, the job and its log) go out together.
///
/// The subscriptions' intervals alone ask for more while a job is followed: jobs and connectors every 5 s, the
/// job's status and log every 2 s, state every 15 s, tenants every 30 s make 1.5 requests/s, and every job that
/// ends refreshes three of them. The budget stretches those waits instead of letting the rate follow the demand.
///
/// Each poll reserves the next free slot (the generic cell rate algorithm): first come, first served. A slot
/// reserved by a poller cancelled while it waits is not handed on, so the budget errs towards fewer requests.
public final class PollBudget: Sendable {
    /// The dashboard's: one poll a second, eight at once after eight quiet seconds.
    public static let dashboardSpacing: Duration = .seconds(1)
    public static let dashboardBurst = 8

    private let spacing: Duration
    private let burst: Int
    private let elapsed: @Sendable () -> Duration
    private let sleep: @Sendable (Duration) async -> Void
    /// When the slot after the last one reserved comes ("theoretical arrival time"); nil before the first poll.
    private let nextSlot = LockedValue<Duration?>(nil)

    /// `elapsed` is monotonic time since any fixed origin and `sleep` waits; tests pass a manual clock for both.
    public init(
        spacing: Duration = PollBudget.dashboardSpacing, burst: Int = PollBudget.dashboardBurst,
        elapsed: (@Sendable () -> Duration)? = nil,
        sleep: @escaping @Sendable (Duration) async -> Void = { try? await Task.sleep(for: $0) }
    ) {
        self.spacing = spacing
        self.burst = max(1, burst)
        self.elapsed = elapsed ?? Self.monotonicElapsed()
        self.sleep = sleep
    }

    /// Returns when the caller may poll: at once while the burst lasts, else when its slot comes (or sooner if
    /// the task is cancelled, which the caller checks).
    public func spend() async {
        let wait = reserve()
        if wait > .zero {
            await sleep(wait)
        }
    }

    /// Takes the next slot and says how long until it comes.
    func reserve() -> Duration {
        nextSlot.withLock { nextSlot in
            let now = elapsed()
            let slot = max(nextSlot ?? now, now)
            let allowedFrom = slot - spacing * (burst - 1)
            nextSlot = slot + spacing
            return allowedFrom > now ? allowedFrom - now : .zero
        }
    }

    private static func monotonicElapsed() -> @Sendable () -> Duration {
        let origin = ContinuousClock.now
        return { ContinuousClock.now - origin }
    }
}
