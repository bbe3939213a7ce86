import Foundation
@testable import GlueTerminal
import Testing

/// OSC 52 as each terminal is reached: the exact bytes, with escapes written out (`⎋` ESC, `␇` BEL).
@Suite struct ClipboardSequenceTests {
    static func visible(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "⎋")
            .replacingOccurrences(of: "\u{07}", with: "␇")
    }

    @Test func xtermGetsOSC52AsItIs() {
        #expect(Self.visible(ClipboardSequence.bytes(copying: "9xQ2LM", route: .direct)) == "⎋]52;c;OXhRMkxN␇")
    }

    @Test func tmuxGetsItAsItIsToKeepItInItsBuffer() {
        #expect(Self.visible(ClipboardSequence.bytes(copying: "acme", route: .tmux)) == "⎋]52;c;YWNtZQ==␇")
    }

    @Test func screenGetsItThroughItsPassthroughInPiecesOf76() {
        let text = String(repeating: "bookmarks.Account ", count: 6)
        let bytes = ClipboardSequence.bytes(copying: text, route: .screen)
        let whole = "⎋]52;c;" + Data(text.utf8).base64EncodedString() + "␇"
        // Each piece: ⎋P, at most 76 bytes of the sequence, ⎋\ ; together they are the sequence.
        let pieces = Self.visible(bytes).components(separatedBy: "⎋\\").dropLast()
        #expect(pieces.allSatisfy { $0.hasPrefix("⎋P") })
        #expect(pieces.map { String($0.dropFirst(2)) }.joined() == whole)
        #expect(pieces.dropLast().allSatisfy { $0.dropFirst(2).replacingOccurrences(of: "⎋", with: "\u{1B}")
            .replacingOccurrences(of: "␇", with: "\u{07}").utf8.count == ClipboardSequence.screenPiece })
        #expect(Self.visible(ClipboardSequence.bytes(copying: "id", route: .screen)) == "⎋P⎋]52;c;aWQ=␇⎋\\")
    }

    @Test func theRouteComesFromTheEnvironment() {
        #expect(ClipboardSequence.route(environment: TerminalEnvironment(["TERM": "xterm-256color"])) == .direct)
        #expect(ClipboardSequence.route(environment: TerminalEnvironment(["TERM": "tmux-256color", "TMUX": "/tmp/t,1,0"])) == .tmux)
        // tmux inside screen: tmux is the one gluetop talks to.
        #expect(ClipboardSequence.route(environment: TerminalEnvironment(["TERM": "screen", "TMUX": "x", "STY": "1.pts"])) == .tmux)
        #expect(ClipboardSequence.route(environment: TerminalEnvironment(["TERM": "screen.xterm-256color", "STY": "1.pts"])) == .screen)
        #expect(ClipboardSequence.route(environment: TerminalEnvironment(["TERM": "screen-256color"])) == .screen)
    }

    @Test func base64AgreesWithFoundationForEveryLengthAndByte() {
        var bytes: [UInt8] = []
        for length in 0..<300 {
            #expect(String(decoding: Base64.encode(bytes), as: UTF8.self) == Data(bytes).base64EncodedString(), "length \(length)")
            bytes.append(UInt8(truncatingIfNeeded: length &* 97 &+ 13))
        }
    }
}
