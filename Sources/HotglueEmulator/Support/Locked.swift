import Foundation

/// A value guarded by a lock, for the few synchronous `Sendable` classes of the public API
/// (`FaultInjector`, `EmulatorClock`) whose methods must not be `async`.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
