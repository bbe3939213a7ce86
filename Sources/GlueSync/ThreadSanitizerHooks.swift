#if os(Linux) && canImport(Glibc)
import Glibc
#endif

/// ThreadSanitizer's annotations for a lock it cannot see into (`__tsan_acquire`, `__tsan_release`), found at run
/// time: a process built with `-sanitize=thread` exports them, any other process has neither, and then both calls
/// do nothing. Linux only: on Darwin `Mutex` is an `os_unfair_lock`, which TSan already understands.
@usableFromInline
enum ThreadSanitizerHooks {
    @usableFromInline
    typealias Hook = @convention(c) (UnsafeRawPointer?) -> Void

    @usableFromInline
    static let acquire: Hook? = lookUp("__tsan_acquire")
    @usableFromInline
    static let release: Hook? = lookUp("__tsan_release")

    /// Whether this process runs under ThreadSanitizer (the hooks were found).
    static var active: Bool { acquire != nil && release != nil }

    /// After taking the lock: what the last holder did before `releasing` happens before what follows.
    @inlinable
    static func acquired(_ address: UnsafeRawPointer) {
        acquire?(address)
    }

    /// Before giving the lock back.
    @inlinable
    static func releasing(_ address: UnsafeRawPointer) {
        release?(address)
    }

    private static func lookUp(_ name: String) -> Hook? {
        #if os(Linux) && canImport(Glibc)
        // A nil handle is RTLD_DEFAULT: the executable and every library loaded with it.
        guard let symbol = dlsym(nil, name) else { return nil }
        return unsafeBitCast(symbol, to: Hook.self)
        #else
        return nil
        #endif
    }
}
