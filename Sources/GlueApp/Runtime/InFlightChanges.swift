import Synchronization

/// How many changes the dashboard has sent and not yet heard back about. `q` and SIGTERM wait (bounded) while
/// it is above zero, so each change's outcome reaches the journal and the operator is told.
public final class InFlightChanges: Sendable {
    private let count = Atomic<Int>(0)

    public init() {}

    public var current: Int { count.load(ordering: .acquiring) }

    func started() { count.add(1, ordering: .releasing) }

    func finished() { count.subtract(1, ordering: .releasing) }
}
