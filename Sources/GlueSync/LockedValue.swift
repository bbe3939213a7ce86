import Synchronization

/// A value behind a `Mutex` that ThreadSanitizer can follow: use it instead of a bare `Mutex` for state that
/// threads share.
///
/// On Linux a contended `Mutex` waits and hands over in `libswiftSynchronization` (a futex), which is not built
/// with ThreadSanitizer: TSan then sees two critical sections of the same lock with nothing ordering them, and
/// reports a race that cannot happen. Each critical section here also tells TSan "acquired" and "released" on
/// this object, so it sees the order the lock enforces. Without TSan in the process the two calls are a nil check.
public final class LockedValue<Value>: Sendable {
    @usableFromInline
    let mutex: Mutex<Value>

    public init(_ initialValue: consuming sending Value) {
        mutex = Mutex(initialValue)
    }

    /// Runs `body` on the value while holding the lock, as `Mutex.withLock` does.
    @inlinable
    public func withLock<Result, E: Error>(
        _ body: (inout sending Value) throws(E) -> sending Result
    ) throws(E) -> sending Result {
        let address = UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque())
        return try mutex.withLock { (value: inout sending Value) throws(E) -> sending Result in
            ThreadSanitizerHooks.acquired(address)
            defer { ThreadSanitizerHooks.releasing(address) }
            return try body(&value)
        }
    }
}
