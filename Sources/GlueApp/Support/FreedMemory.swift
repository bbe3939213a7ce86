#if canImport(Glibc)
import Glibc
#endif

/// Hands memory that was freed back to the system. glibc keeps freed blocks in its arenas (one per thread that
/// allocated), so after reading a large cache or computing the pulse's summary of 100,000 jobs the process stays
/// as large as it was at its peak; `malloc_trim` gives the unused pages back. Called off the loop, after such work.
enum FreedMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
        // <malloc.h> is not part of Swift's Glibc module: the function is looked up once, by name.
        _ = mallocTrim?(0)
        #endif
    }

    /// At most `count` malloc arenas. glibc gives each thread that allocates an arena of its own (up to eight per
    /// core); the pulse's summary and the cache are made on the cooperative pool's threads, and their arenas keep
    /// what they freed apart from the loop's. Measured at 10,000 tenants and 100,000 jobs: 110 MB resident with the
    /// default, 90 MB with two. Called once, at the start, before the threads that allocate; `MALLOC_ARENA_MAX` in the environment wins.
    static func limitArenas(to count: Int32) {
        #if canImport(Glibc)
        guard getenv("MALLOC_ARENA_MAX") == nil, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt")
        else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        _ = mallopt(arenaMax, count)
        #endif
    }

    #if canImport(Glibc)
    private typealias MallocTrim = @convention(c) (Int) -> Int32
    private static let mallocTrim: MallocTrim? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: MallocTrim.self)
    }()
    #endif
}
