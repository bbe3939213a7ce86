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

    #if canImport(Glibc)
    private typealias MallocTrim = @convention(c) (Int) -> Int32
    private static let mallocTrim: MallocTrim? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: MallocTrim.self)
    }()
    #endif
}
