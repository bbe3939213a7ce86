import Glibc
@testable import GlueSync
import Testing

@Suite("LockedValue")
struct LockedValueTests {
    @Test("updates from many tasks at once all land: 8 tasks × 2,000 appends")
    func concurrentUpdates() async {
        let log = LockedValue<[Int]>([])
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for step in 0..<2_000 { log.withLock { $0.append(task * 10_000 + step) } }
                }
            }
        }
        let entries = log.withLock { $0 }
        #expect(entries.count == 16_000)
        #expect(Set(entries).count == 16_000)
    }

    struct Refused: Error, Equatable {}

    @Test("an error thrown inside keeps its type, keeps what was changed before it, and frees the lock")
    func throwingBody() {
        let count = LockedValue(0)
        #expect(throws: Refused()) {
            try count.withLock { (value: inout Int) throws(Refused) -> Void in
                value += 1
                throw Refused()
            }
        }
        #expect(count.withLock { $0 } == 1)
    }

    @Test("the ThreadSanitizer hooks are found exactly when the process runs under ThreadSanitizer")
    func hooksFollowTheSanitizer() {
        let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil
        #expect(ThreadSanitizerHooks.active == underThreadSanitizer)
    }
}
