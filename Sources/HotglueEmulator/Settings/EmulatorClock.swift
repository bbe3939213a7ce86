import Foundation

/// Time for the emulator's world. `.system` is wall time; `.manual(start:)` only moves when a test advances it,
/// which makes discovery and job progress exact in tests (progress is computed from this clock on each request).
public final class EmulatorClock: Sendable {
    private enum Source {
        case system
        case manual(Date)
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

    public var now: Date {
        source.withLock { source in
            switch source {
            case .system: Date()
            case .manual(let date): date
            }
        }
    }

    public var isManual: Bool {
        source.withLock { source in
            if case .manual = source { return true }
            return false
        }
    }

    /// Moves a manual clock forward. A system clock cannot be moved; calling this on one does nothing.
    public func advance(by duration: Duration) {
        source.withLock { source in
            if case .manual(let date) = source {
                source = .manual(date.addingTimeInterval(duration.seconds))
            }
        }
    }
}
