/// The world's only source of randomness: SplitMix64, small and with a fixed algorithm, so a seed gives the same
/// world on every platform and Swift version (the standard library's `random(in:using:)` may change its algorithm,
/// so the helpers below are written out here too).
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of the world, independent of the order in which parts are generated.
    init(seed: UInt64, _ labels: String...) {
        var mixed = seed
        for label in labels {
            mixed = SplitMix64.mix(mixed ^ StableHash.fnv1a(label))
        }
        state = mixed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound` (bound > 0), by rejection so small bounds are not biased.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let upper = UInt64(bound)
        let limit = UInt64.max - UInt64.max % upper
        while true {
            let value = next()
            if value < limit { return Int(value % upper) }
        }
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, below(index + 1))
        }
        return result
    }

    /// A token of `length` characters from `alphabet`, for ids and fake secrets.
    mutating func token(length: Int, alphabet: String = SplitMix64.idAlphabet) -> String {
        let characters = Array(alphabet)
        return String((0..<length).map { _ in characters[below(characters.count)] })
    }

    static let idAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    static let hexAlphabet = "0123456789abcdef"
}
