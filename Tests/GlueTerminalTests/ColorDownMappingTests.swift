import GlueUI
import Testing
@testable import GlueTerminal

@Suite("Colour down-mapping")
struct ColorDownMappingTests {
    @Test func paletteRGBValues() {
        #expect(ColorDownMapping.rgb(ofPalette: 16) == RGBColor(0, 0, 0))
        #expect(ColorDownMapping.rgb(ofPalette: 196) == RGBColor(255, 0, 0))
        #expect(ColorDownMapping.rgb(ofPalette: 231) == RGBColor(255, 255, 255))
        #expect(ColorDownMapping.rgb(ofPalette: 67) == RGBColor(95, 135, 175))
        #expect(ColorDownMapping.rgb(ofPalette: 232) == RGBColor(8, 8, 8))
        #expect(ColorDownMapping.rgb(ofPalette: 255) == RGBColor(238, 238, 238))
        #expect(ColorDownMapping.rgb(ofPalette: 9) == RGBColor(255, 0, 0))
    }

    @Test func exactCubeAndGreyColoursMapToThemselves() {
        for index in UInt8(16)...255 {
            let rgb = ColorDownMapping.rgb(ofPalette: index)
            #expect(ColorDownMapping.rgb(ofPalette: ColorDownMapping.nearest256(rgb)) == rgb, "palette \(index)")
        }
    }

    @Test func nearest256() {
        #expect(ColorDownMapping.nearest256(RGBColor(255, 0, 0)) == 196)
        #expect(ColorDownMapping.nearest256(RGBColor(250, 5, 3)) == 196)
        #expect(ColorDownMapping.nearest256(RGBColor(128, 128, 128)) == 244)  // grey ramp, not cube 102 (135,135,135)
        #expect(ColorDownMapping.nearest256(RGBColor(0, 0, 0)) == 16)
        #expect(ColorDownMapping.nearest256(RGBColor(255, 255, 255)) == 231)
        #expect(ColorDownMapping.nearest256(RGBColor(0x1E, 0x90, 0xFF)) == 33)  // dodger blue -> (0,135,255)
        #expect(ColorDownMapping.nearest256(RGBColor(100, 100, 100)) == 241)  // 98 on the ramp
    }

    @Test func nearest256NeverPicksTheThemedSixteen() {
        for value in stride(from: 0, through: 255, by: 17) {
            let v = UInt8(value)
            #expect(ColorDownMapping.nearest256(RGBColor(v, 255 - v, v / 2)) >= 16)
        }
    }

    @Test func nearest16() {
        #expect(ColorDownMapping.nearest16(RGBColor(255, 0, 0)) == 9)
        #expect(ColorDownMapping.nearest16(RGBColor(140, 0, 0)) == 1)
        #expect(ColorDownMapping.nearest16(RGBColor(10, 10, 10)) == 0)
        #expect(ColorDownMapping.nearest16(RGBColor(128, 128, 128)) == 8)
        #expect(ColorDownMapping.nearest16(RGBColor(250, 250, 250)) == 15)
        #expect(ColorDownMapping.nearest16(RGBColor(0, 200, 210)) == 6)
    }

    @Test func paletteTo16() {
        #expect(ColorDownMapping.nearest16(palette: 3) == 3)
        #expect(ColorDownMapping.nearest16(palette: 196) == 9)
        #expect(ColorDownMapping.nearest16(palette: 244) == 8)
        #expect(ColorDownMapping.nearest16(palette: 21) == 4)  // (0,0,255): nearer 0000ee than 5c5cff
    }

    @Test func resolverPerCapability() {
        let red = TerminalColor.rgb(255, 0, 0)
        #expect(ColorResolver.colorNumber(red, capability: .truecolor) == 0xFF0000)
        #expect(ColorResolver.colorNumber(red, capability: .palette256) == 196)
        #expect(ColorResolver.colorNumber(red, capability: .sixteen) == 9)
        #expect(ColorResolver.colorNumber(red, capability: .eight) == 1)
        #expect(ColorResolver.colorNumber(red, capability: .none) == -1)
        #expect(ColorResolver.colorNumber(nil, capability: .palette256) == -1)
        #expect(ColorResolver.colorNumber(.palette(244), capability: .sixteen) == 8)
        #expect(ColorResolver.colorNumber(.ansi(12), capability: .eight) == 4)
        #expect(ColorResolver.colorNumber(.ansi(12), capability: .palette256) == 12)
    }

    @Test func truecolorKeepsTheTerminalsAnsiColoursAndAvoidsAmbiguousNumbers() {
        #expect(ColorResolver.colorNumber(.ansi(3), capability: .truecolor) == 3)
        #expect(ColorResolver.colorNumber(.ansi(9), capability: .truecolor) == 0xFF0000)
        #expect(ColorResolver.colorNumber(.palette(196), capability: .truecolor) == 0xFF0000)
        #expect(ColorResolver.colorNumber(.rgb(0, 0, 5), capability: .truecolor) == 8)
    }
}
