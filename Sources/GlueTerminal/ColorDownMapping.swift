/// A 24-bit colour value, for mapping between palettes.
public struct RGBColor: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// 0xRRGGBB, the colour number ncurses takes in direct-colour mode.
    public var packed: Int32 { Int32(red) << 16 | Int32(green) << 8 | Int32(blue) }

    func distanceSquared(to other: RGBColor) -> Int {
        let dr = Int(red) - Int(other.red), dg = Int(green) - Int(other.green), db = Int(blue) - Int(other.blue)
        return dr * dr + dg * dg + db * db
    }
}

/// Maps colours down to smaller palettes: 24-bit to the nearest of the xterm 256, and anything to the nearest of
/// the 16 ANSI colours. Pure. The RGB values of the 16 ANSI colours are xterm's defaults; real terminals theme
/// them, which is why 24-bit colours map to the 240 fixed entries (16–255) of the 256 palette, never to 0–15.
public enum ColorDownMapping {
    /// xterm's default RGB values for ANSI colours 0–15.
    static let ansi: [RGBColor] = [
        RGBColor(0, 0, 0), RGBColor(205, 0, 0), RGBColor(0, 205, 0), RGBColor(205, 205, 0),
        RGBColor(0, 0, 238), RGBColor(205, 0, 205), RGBColor(0, 205, 205), RGBColor(229, 229, 229),
        RGBColor(127, 127, 127), RGBColor(255, 0, 0), RGBColor(0, 255, 0), RGBColor(255, 255, 0),
        RGBColor(92, 92, 255), RGBColor(255, 0, 255), RGBColor(0, 255, 255), RGBColor(255, 255, 255),
    ]

    /// The six channel levels of the 6×6×6 colour cube (palette entries 16–231).
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a 256-palette entry (xterm's defaults for 0–15).
    public static func rgb(ofPalette index: UInt8) -> RGBColor {
        switch index {
        case 0..<16:
            return ansi[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGBColor(cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGBColor(level, level, level)
        }
    }

    /// The nearest entry among 16–255 of the xterm 256 palette: the nearest cube colour or the nearest grey,
    /// whichever is closer.
    public static func nearest256(_ color: RGBColor) -> UInt8 {
        let r = nearestCubeLevel(color.red), g = nearestCubeLevel(color.green), b = nearestCubeLevel(color.blue)
        let cubeIndex = UInt8(16 + 36 * r + 6 * g + b)

        let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyIndex = UInt8(232 + greyStep)

        let cubeDistance = rgb(ofPalette: cubeIndex).distanceSquared(to: color)
        let greyDistance = rgb(ofPalette: greyIndex).distanceSquared(to: color)
        return greyDistance < cubeDistance ? greyIndex : cubeIndex
    }

    /// The nearest of the 16 ANSI colours.
    public static func nearest16(_ color: RGBColor) -> UInt8 {
        var best = 0
        var bestDistance = Int.max
        for (index, candidate) in ansi.enumerated() {
            let distance = candidate.distanceSquared(to: color)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    /// The nearest of the 16 ANSI colours to a 256-palette entry (0–15 map to themselves).
    public static func nearest16(palette index: UInt8) -> UInt8 {
        index < 16 ? index : nearest16(rgb(ofPalette: index))
    }

    private static func nearestCubeLevel(_ value: UInt8) -> Int {
        var best = 0
        for (index, level) in cubeLevels.enumerated()
        where abs(Int(level) - Int(value)) < abs(Int(cubeLevels[best]) - Int(value)) {
            best = index
        }
        return best
    }
}
