import LosslessJSON

/// Builds random documents from a seed: deep and wide, with big integers, decimals, exponents, escapes,
/// non-ASCII and astral characters, empty containers. SplitMix64 so a failing seed reproduces.
struct RandomDocument {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func value(depth: Int = 0) -> JSONValue {
        let kind = depth > 5 ? below(4) : below(7)
        switch kind {
        case 0: return .null
        case 1: return .bool(below(2) == 0)
        case 2: return .number(number())
        case 3: return .string(JSONString(string()))
        case 4, 5:
            return .array((0..<below(5)).map { _ in value(depth: depth + 1) })
        default:
            var object = JSONObject()
            for _ in 0..<below(6) {
                object[string()] = value(depth: depth + 1)
            }
            return .object(object)
        }
    }

    mutating func number() -> JSONNumber {
        let samples = ["0", "-0", "1.10", "12345678901234567890", "-98765432109876543210.000100", "1e10", "2.5E-3",
                       "3.14159265358979323846264338327950288", "1E+2", "0.0"]
        if below(3) == 0 { return JSONNumber(text: samples[below(samples.count)])! }
        let integer = String(next() % 1_000_000_000_000)
        let fraction = below(2) == 0 ? "" : "." + String(next() % 10_000)
        let sign = below(4) == 0 ? "-" : ""
        return JSONNumber(text: sign + integer + fraction)!
    }

    mutating func string() -> String {
        let alphabet: [Character] = ["a", "b", "Z", "0", " ", "_", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}",
                                     "é", "ß", "中", "😀", "\u{2028}", "\u{7F}", ".", "[", "]"]
        return String((0..<below(12)).map { _ in alphabet[below(alphabet.count)] })
    }
}
