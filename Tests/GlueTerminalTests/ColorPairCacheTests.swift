import Testing
@testable import GlueTerminal

@Suite("Colour pair cache")
struct ColorPairCacheTests {
    private let red = ColorPairKey(foreground: 1, background: -1)
    private let green = ColorPairKey(foreground: 2, background: -1)
    private let blue = ColorPairKey(foreground: 4, background: 0)

    @Test func allocatesOnFirstUseAndCachesAfter() {
        var cache = ColorPairCache(capacity: 10)
        #expect(cache.lookup(red) == .allocated(1))
        #expect(cache.lookup(green) == .allocated(2))
        #expect(cache.lookup(red) == .cached(1))
        #expect(cache.lookup(green) == .cached(2))
        #expect(cache.count == 2)
    }

    @Test func terminalDefaultIsPairZeroAndNeverAllocated() {
        var cache = ColorPairCache(capacity: 10)
        #expect(cache.lookup(.terminalDefault) == .cached(0))
        #expect(cache.lookup(red) == .allocated(1))
        #expect(cache.count == 1)
    }

    @Test func exhaustionIsReportedAndDoesNotDisturbCachedPairs() {
        var cache = ColorPairCache(capacity: 2)
        #expect(cache.lookup(red) == .allocated(1))
        #expect(cache.lookup(green) == .allocated(2))
        #expect(cache.lookup(blue) == .exhausted)
        #expect(cache.lookup(red) == .cached(1))
        #expect(cache.lookup(.terminalDefault) == .cached(0))
    }

    @Test func resetHandsOutNumbersFromOneAgain() {
        var cache = ColorPairCache(capacity: 2)
        _ = cache.lookup(red)
        _ = cache.lookup(green)
        cache.reset()
        #expect(cache.count == 0)
        #expect(cache.lookup(blue) == .allocated(1))
        #expect(cache.lookup(red) == .allocated(2))
    }

    @Test func zeroCapacityOnlyHasTheDefault() {
        var cache = ColorPairCache(capacity: 0)
        #expect(cache.lookup(.terminalDefault) == .cached(0))
        #expect(cache.lookup(red) == .exhausted)
    }

    @Test func extendedPairNumbersBeyond255() {
        var cache = ColorPairCache(capacity: 65535)
        var last: ColorPairCache.Lookup = .exhausted
        for foreground in Int32(0)..<300 {
            last = cache.lookup(ColorPairKey(foreground: foreground, background: 17))
        }
        #expect(last == .allocated(300))
    }
}
