/// A foreground/background pair of ncurses colour numbers (-1: the terminal's default).
struct ColorPairKey: Hashable, Sendable {
    var foreground: Int32
    var background: Int32

    static let terminalDefault = ColorPairKey(foreground: -1, background: -1)
}

/// Hands out ncurses colour-pair numbers on demand and remembers them. Pure bookkeeping: the caller defines a
/// pair with ncurses when `lookup` answers `.allocated`.
///
/// Pair 0 is ncurses' fixed pair (default on default after `use_default_colors`), so numbers start at 1 and go
/// up to `capacity`. When they run out the caller decides: `reset()` and repaint everything (the numbers on the
/// screen then mean new colours), or draw with pair 0.
struct ColorPairCache: Sendable {
    enum Lookup: Equatable {
        /// Already defined.
        case cached(Int32)
        /// New: define it with ncurses before use.
        case allocated(Int32)
        /// No number left.
        case exhausted
    }

    /// The highest pair number that may be used (COLOR_PAIRS - 1).
    let capacity: Int32
    private var pairs: [ColorPairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    init(capacity: Int32) {
        self.capacity = max(0, capacity)
    }

    var count: Int { pairs.count }

    mutating func lookup(_ key: ColorPairKey) -> Lookup {
        if key == .terminalDefault { return .cached(0) }
        if let pair = pairs[key] { return .cached(pair) }
        guard nextPair <= capacity else { return .exhausted }
        let pair = nextPair
        nextPair += 1
        pairs[key] = pair
        return .allocated(pair)
    }

    /// Forgets every pair; numbers are handed out from 1 again.
    mutating func reset() {
        pairs.removeAll(keepingCapacity: true)
        nextPair = 1
    }
}
