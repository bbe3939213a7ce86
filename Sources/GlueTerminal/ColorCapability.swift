/// How many colours the terminal can show, from nothing to 24-bit.
public enum ColorCapability: Int, Comparable, Hashable, Sendable, CaseIterable {
    /// No colour: attributes only (bold, reverse, underline), so focus and selection still show.
    case none
    /// The 8 ANSI colours; bright colours map onto them.
    case eight
    /// The 16 ANSI colours.
    case sixteen
    /// The xterm 256-colour palette.
    case palette256
    /// 24-bit colour through a direct-colour terminfo entry.
    case truecolor

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// What the terminfo entry says about colour, read once after `newterm`.
public struct TerminfoColorFacts: Hashable, Sendable {
    /// `has_colors()`.
    public var hasColors: Bool
    /// The `colors` capability (-1 when absent).
    public var colorCount: Int
    /// The entry is a direct-colour one (`RGB` capability, or 2^24 colours): ncurses then takes colour numbers
    /// as 0xRRGGBB values, and a palette index means something else entirely.
    public var isDirectColor: Bool

    public init(hasColors: Bool, colorCount: Int, isDirectColor: Bool) {
        self.hasColors = hasColors
        self.colorCount = colorCount
        self.isDirectColor = isDirectColor
    }
}

extension ColorCapability {
    /// Decides the colour capability from the environment and the terminfo entry. Pure.
    ///
    /// - `NO_COLOR` with any non-empty value forces `.none` (https://no-color.org).
    /// - Truecolor needs both `COLORTERM=truecolor|24bit` and a direct-colour terminfo entry: ncurses can only
    ///   send 24-bit colours through such an entry, and `COLORTERM` says the terminal at the other end takes them.
    /// - A direct-colour entry without `COLORTERM` gives `.eight`: in such an entry colour numbers from 8 up are
    ///   RGB values, so only the 8 ANSI colours can be named safely.
    /// - Otherwise the entry's `colors` count picks 256, 16 or 8; fewer than 8, or none, gives `.none`.
    public static func detect(environment: TerminalEnvironment, terminfo: TerminfoColorFacts) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard terminfo.hasColors, terminfo.colorCount >= 8 else { return .none }
        if terminfo.isDirectColor {
            return environmentAnnouncesTruecolor(environment) ? .truecolor : .eight
        }
        if terminfo.colorCount >= 256 { return .palette256 }
        if terminfo.colorCount >= 16 { return .sixteen }
        return .eight
    }

    /// Whether `COLORTERM` announces 24-bit colour.
    public static func environmentAnnouncesTruecolor(_ environment: TerminalEnvironment) -> Bool {
        guard let value = environment["COLORTERM"]?.lowercased() else { return false }
        return value == "truecolor" || value == "24bit"
    }
}
