import CNCurses
import GlueUI

/// Resolves a `Style` to ncurses attributes and a colour pair, defining pairs with ncurses as they are first
/// needed (`init_extended_pair`, so that pair numbers above 255 and 24-bit colour numbers work).
struct ColorPairRegistry {
    enum Resolution: Equatable {
        case resolved(attributes: attr_t, pair: Int32)
        /// Every pair number is taken; the caller resets and repaints, or falls back to pair 0.
        case exhausted(attributes: attr_t)
    }

    let capability: ColorCapability
    /// False when `use_default_colors` failed: "default" then means white on black.
    let terminalDefaultsKept: Bool
    private(set) var cache: ColorPairCache
    /// Consecutive cells mostly share a style; this skips the colour mapping and the dictionary for them.
    private var lastStyle: Style?
    private var lastResolution: Resolution?

    init(capability: ColorCapability, terminalDefaultsKept: Bool, pairCapacity: Int32) {
        self.capability = capability
        self.terminalDefaultsKept = terminalDefaultsKept
        self.cache = ColorPairCache(capacity: capability == .none ? 0 : pairCapacity)
    }

    mutating func resolve(_ style: Style) -> Resolution {
        if style == lastStyle, let lastResolution { return lastResolution }
        let attributes = style.attributes.cursesAttributes
        let resolution: Resolution
        if capability == .none {
            resolution = .resolved(attributes: attributes, pair: 0)
        } else {
            var key = ColorPairKey(
                foreground: ColorResolver.colorNumber(style.foreground, capability: capability),
                background: ColorResolver.colorNumber(style.background, capability: capability))
            if !terminalDefaultsKept {
                if key.foreground < 0 { key.foreground = 7 }
                if key.background < 0 { key.background = 0 }
                if key == ColorPairKey(foreground: 7, background: 0) { key = .terminalDefault }
            }
            switch cache.lookup(key) {
            case .cached(let pair):
                resolution = .resolved(attributes: attributes, pair: pair)
            case .allocated(let pair):
                init_extended_pair(pair, key.foreground, key.background)
                resolution = .resolved(attributes: attributes, pair: pair)
            case .exhausted:
                resolution = .exhausted(attributes: attributes)
            }
        }
        lastStyle = style
        lastResolution = resolution
        return resolution
    }

    /// Forgets every pair (after exhaustion); the caller must repaint every cell.
    mutating func reset() {
        cache.reset()
        lastStyle = nil
        lastResolution = nil
    }
}
