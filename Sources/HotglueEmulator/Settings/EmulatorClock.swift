import Foundation

/// Time for the emulator's world. `.system` is wall time; `.manual(start:)` only moves when a test advances it,
/// which makes discovery and job progress exact in tests (progress is computed from this clock on each request);
/// `.scaled(speed:)` runs `speed` times faster than the wall, so a soak can live through an hour of job churn in
/// minutes.
public final class EmulatorClock: Sendable {
    private enum Source {
        case system
        case manual(Date)
        /// `start` plus the wall time elapsed since the clock was made, times `speed`.
        case scaled(start: Date, speed: Double, wallElapsed: @Sendable () -> Duration)
    }

    private let source: Locked<Source>

    private init(_ source: Source) {
        self.source = Locked(source)
    }

    /// Wall-clock time. A new instance each time, so the property can be a computed `static var`.
    public static var system: EmulatorClock { EmulatorClock(.system) }

    /// A clock that stands still at `start` until `advance(by:)` moves it.
    public static func manual(start: Date) -> EmulatorClock {
        EmulatorClock(.manual(start))
    }

    /// A clock that starts at `start` (by default the wall's now) and runs `speed` times as fast as the wall:
    /// after 10 wall seconds at speed 6 it reads `start` + 60 s. `speed` must be a positive finite number
    /// (`ClockSpeed` checks what a user typed).
    ///
    /// `wallElapsed` says how much wall time has passed since the clock was made; by default a monotonic
    /// `ContinuousClock`, so a wall-clock step (NTP) does not make emulated time jump. Tests pass their own.
    public static func scaled(
        speed: Double, start: Date = Date(), wallElapsed: (@Sendable () -> Duration)? = nil
    ) -> EmulatorClock {
        precondition(speed > 0 && speed.isFinite, "EmulatorClock.scaled needs a positive finite speed")
        let elapsed = wallElapsed ?? Self.monotonicElapsed()
        return EmulatorClock(.scaled(start: start, speed: speed, wallElapsed: elapsed))
    }

    public var now: Date {
        source.withLock { source in
            switch source {
            case .system: Date()
            case .manual(let date): date
            case .scaled(let start, let speed, let wallElapsed): start.addingTimeInterval(wallElapsed().seconds * speed)
            }
        }
    }

    public var isManual: Bool {
        source.withLock { source in
            if case .manual = source { return true }
            return false
        }
    }

    /// How many emulated seconds pass per wall second: 1 for the system clock, 0 for a manual one.
    public var speed: Double {
        source.withLock { source in
            switch source {
            case .system: 1
            case .manual: 0
            case .scaled(_, let speed, _): speed
            }
        }
    }

    /// Moves a manual clock forward. System and scaled clocks follow the wall; calling this on one does nothing.
    public func advance(by duration: Duration) {
        source.withLock { source in
            if case .manual(let date) = source {
                source = .manual(date.addingTimeInterval(duration.seconds))
            }
        }
    }

    private static func monotonicElapsed() -> @Sendable () -> Duration {
        let origin = ContinuousClock.now
        return { ContinuousClock.now - origin }
    }
}
