import Testing
@testable import GlueTerminal

@Suite("Cell glyphs, terminfo padding, synchronized output")
struct CellGlyphTests {
    /// A stand-in for wcwidth: CJK wide, combining marks zero, everything else one.
    private func width(_ value: Int32) -> Int32 {
        switch value {
        case 0x300...0x36F, 0xFE0F: return 0
        case 0x4E00...0x9FFF: return 2
        case 0..<0x20: return -1
        default: return 1
        }
    }

    private func scalars(_ text: String) -> [Int32] { text.unicodeScalars.map { Int32($0.value) } }

    @Test func narrowAndWideCharactersPassThrough() {
        #expect(CellGlyph.make("a", frameColumns: 1, width: width) == CellGlyph(characters: scalars("a"), padsNextColumn: false))
        #expect(CellGlyph.make("漢", frameColumns: 2, width: width) == CellGlyph(characters: scalars("漢"), padsNextColumn: false))
    }

    @Test func combiningMarksTravelWithTheirBase() {
        let decomposed = Character("e\u{301}")
        #expect(CellGlyph.make(decomposed, frameColumns: 1, width: width).characters == scalars("e\u{301}"))
    }

    @Test func frameWiderThanLibcPadsTheNextColumn() {
        // An emoji presentation sequence: the frame says 2 columns, libc says the base is 1.
        let glyph = CellGlyph.make("\u{2600}\u{FE0F}", frameColumns: 2, width: width)
        #expect(glyph.characters == scalars("\u{2600}\u{FE0F}"))
        #expect(glyph.padsNextColumn)
    }

    @Test func libcWiderThanFrameBecomesAQuestionMark() {
        #expect(CellGlyph.make("漢", frameColumns: 1, width: width) == CellGlyph(characters: scalars("?"), padsNextColumn: false))
    }

    @Test func unprintableBecomesAQuestionMark() {
        #expect(CellGlyph.make("\u{7}", frameColumns: 1, width: width).characters == scalars("?"))
    }

    @Test func atMostFiveScalars() {
        let stacked = Character("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}")
        #expect(CellGlyph.make(stacked, frameColumns: 1, width: width).characters.count == 5)
    }

    @Test func terminfoPaddingIsRemoved() {
        #expect(TerminfoStrings.withoutPadding(Array("\u{1B}[H$<5>\u{1B}[2J$<2/*>".utf8)) == Array("\u{1B}[H\u{1B}[2J".utf8))
        #expect(TerminfoStrings.withoutPadding(Array("cost $<x> stays".utf8)) == Array("cost $<x> stays".utf8))
    }

    @Test func synchronizedOutputOnlyWhereKnown() {
        #expect(SynchronizedOutput.isSupported(environment: TerminalEnvironment(["TERM": "tmux-256color", "TMUX": "/tmp/x"])))
        #expect(SynchronizedOutput.isSupported(environment: TerminalEnvironment(["TERM": "xterm-kitty"])))
        #expect(SynchronizedOutput.isSupported(environment: TerminalEnvironment(["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"])))
        #expect(SynchronizedOutput.isSupported(environment: TerminalEnvironment(["TERM": "foot"])))
        #expect(!SynchronizedOutput.isSupported(environment: TerminalEnvironment(["TERM": "xterm-256color"])))
        #expect(!SynchronizedOutput.isSupported(environment: TerminalEnvironment(["TERM": "screen-256color", "STY": "1.pts"])))
        #expect(!SynchronizedOutput.isSupported(environment: TerminalEnvironment([:])))
    }

    @Test func errorsReadAsSentences() {
        #expect(TerminalError.notATerminal(inputIsTerminal: false, outputIsTerminal: true).description
            .contains("standard input is not a terminal"))
        #expect(TerminalError.unknownTerminalType("xterm-nope").description.contains("'xterm-nope'"))
    }
}
