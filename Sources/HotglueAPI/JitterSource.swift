/// Where backoff jitter comes from: a value in [0, 1) per call. Tests inject a fixed value or a sequence so waits are
/// exact; the default is the system generator.
public struct JitterSource: Sendable {
    private let next: @Sendable () -> Double

    public init(_ next: @escaping @Sendable () -> Double) {
        self.next = next
    }

    /// A value in [0, 1), clamped in case an injected source strays.
    public func unitValue() -> Double {
        let value = next()
        guard value.isFinite else { return 0 }
        return min(max(value, 0), 0.999_999_999)
    }

    public static let system = JitterSource { Double.random(in: 0..<1) }

    /// Always the same fraction of the backoff window: `.fixed(1)` waits the full window, `.fixed(0)` not at all.
    public static func fixed(_ value: Double) -> JitterSource {
        JitterSource { value >= 1 ? 0.999_999_999 : value }
    }
}
