import Testing
@testable import GlueTerminal

@Suite("Colour capability detection")
struct ColorCapabilityTests {
    private let xterm256 = TerminfoColorFacts(hasColors: true, colorCount: 256, isDirectColor: false)
    private let direct = TerminfoColorFacts(hasColors: true, colorCount: 1 << 24, isDirectColor: true)
    private let sixteen = TerminfoColorFacts(hasColors: true, colorCount: 16, isDirectColor: false)
    private let eight = TerminfoColorFacts(hasColors: true, colorCount: 8, isDirectColor: false)
    private let mono = TerminfoColorFacts(hasColors: false, colorCount: -1, isDirectColor: false)

    private func detect(_ variables: [String: String], _ facts: TerminfoColorFacts) -> ColorCapability {
        ColorCapability.detect(environment: TerminalEnvironment(variables), terminfo: facts)
    }

    @Test func truecolorNeedsBothColortermAndDirectTerminfo() {
        #expect(detect(["COLORTERM": "truecolor"], direct) == .truecolor)
        #expect(detect(["COLORTERM": "24bit"], direct) == .truecolor)
        #expect(detect(["COLORTERM": "TrueColor"], direct) == .truecolor)
        #expect(detect(["COLORTERM": "truecolor"], xterm256) == .palette256)
        #expect(detect(["COLORTERM": "yes"], direct) == .eight)
        #expect(detect([:], direct) == .eight)
    }

    @Test func paletteSizesFollowTerminfo() {
        #expect(detect([:], xterm256) == .palette256)
        #expect(detect([:], sixteen) == .sixteen)
        #expect(detect([:], eight) == .eight)
        #expect(detect([:], TerminfoColorFacts(hasColors: true, colorCount: 88, isDirectColor: false)) == .sixteen)
    }

    @Test func noColoursMeansNone() {
        #expect(detect(["COLORTERM": "truecolor"], mono) == .none)
        #expect(detect([:], TerminfoColorFacts(hasColors: true, colorCount: 2, isDirectColor: false)) == .none)
    }

    @Test func noColorWithAnyValueForcesNone() {
        #expect(detect(["NO_COLOR": "1"], xterm256) == .none)
        #expect(detect(["NO_COLOR": "0"], direct) == .none)
        #expect(detect(["NO_COLOR": "1", "COLORTERM": "truecolor"], direct) == .none)
    }

    @Test func emptyNoColorIsIgnored() {
        #expect(detect(["NO_COLOR": ""], xterm256) == .palette256)
    }

    @Test func capabilitiesAreOrdered() {
        #expect(ColorCapability.none < .eight)
        #expect(ColorCapability.palette256 < .truecolor)
    }
}
