import CNCurses
import GlueCore
import Testing
@testable import GlueTerminal

@Suite("Key decoding")
struct KeyDecoderTests {
    private func key(_ value: UInt32) -> TerminalInput? { KeyDecoder.decode(value, isKeyCode: false) }
    private func code(_ value: Int32) -> TerminalInput? { KeyDecoder.decode(UInt32(bitPattern: value), isKeyCode: true) }

    @Test func functionKeyCodes() {
        #expect(code(KEY_UP) == .key(.up))
        #expect(code(KEY_DOWN) == .key(.down))
        #expect(code(KEY_LEFT) == .key(.left))
        #expect(code(KEY_RIGHT) == .key(.right))
        #expect(code(KEY_HOME) == .key(.home))
        #expect(code(KEY_END) == .key(.end))
        #expect(code(KEY_PPAGE) == .key(.pageUp))
        #expect(code(KEY_NPAGE) == .key(.pageDown))
        #expect(code(KEY_BTAB) == .key(.backTab))
        #expect(code(KEY_ENTER) == .key(.enter))
        #expect(code(KEY_BACKSPACE) == .key(.backspace))
        #expect(code(KEY_DC) == .key(.delete))
        #expect(code(KEY_IC) == .key(.insert))
        #expect(code(KEY_RESIZE) == .resize)
    }

    @Test func findAndSelectAreHomeAndEnd() {
        #expect(code(KEY_FIND) == .key(.home))
        #expect(code(KEY_SELECT) == .key(.end))
    }

    @Test(arguments: [1, 2, 5, 10, 12, 24])
    func functionKeys(number: Int) {
        #expect(code(gt_key_f(Int32(number))) == .key(.function(number)))
    }

    @Test func unknownKeyCodesAreIgnored() {
        #expect(code(KEY_MOUSE) == nil)
        #expect(code(KEY_MAX + 10) == nil)  // a modified key terminfo defined beyond the standard set
    }

    @Test func enterTabEscapeBackspace() {
        #expect(key(0x0D) == .key(.enter))
        #expect(key(0x0A) == .key(.enter))
        #expect(key(0x09) == .key(.tab))
        #expect(key(0x1B) == .key(.escape))
        #expect(key(0x7F) == .key(.backspace))
        #expect(key(0x08) == .key(.backspace))
    }

    @Test func controlLetters() {
        #expect(key(0x01) == .key(.control("a")))
        #expect(key(0x03) == .key(.control("c")))
        #expect(key(0x0C) == .key(.control("l")))
        #expect(key(0x1A) == .key(.control("z")))
        #expect(key(0x00) == .key(.control("@")))
        #expect(key(0x1C) == .key(.control("\\")))
    }

    @Test func printableAndUnicodeCharacters() {
        #expect(key(UInt32(UInt8(ascii: "j"))) == .key(.character("j")))
        #expect(key(0x20) == .key(.character(" ")))
        #expect(key(0xE9) == .key(.character("é")))
        #expect(key(0x6F22) == .key(.character("漢")))
        #expect(key(0x1F600) == .key(.character("😀")))
    }

    @Test func invalidAndC1ValuesAreIgnored() {
        #expect(key(0x85) == nil)
        #expect(key(0xD800) == nil)  // a lone surrogate is not a scalar
        #expect(key(0x110000) == nil)
    }
}
