import Foundation
import GlueUI
import TestSupport
import Testing
@testable import GlueTerminal

extension PseudoTerminalTests {
    /// No direct-colour terminfo entry is installed here, so the test compiles one with `tic` into a private
    /// directory and points ncurses at it through TERMINFO for the duration of the test.
    @Suite("Truecolor", .needsTools("tic"))
    struct Truecolor {
        private func compileDirectColourEntry() throws -> URL {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("gluetop-terminfo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let source = directory.appendingPathComponent("gt-direct.src")
            // The colour strings of ncurses' xterm-direct: 0-7 are ANSI, everything else 0xRRGGBB.
            try """
            gt-direct|gluetop test entry with direct colour,
            \tcolors#0x1000000, pairs#0x10000, RGB,
            \tsetaf=\\E[%?%p1%{8}%<%t3%p1%d%e38:2::%p1%{65536}%/%d:%p1%{256}%/%{255}%&%d:%p1%{255}%&%d%;m,
            \tsetab=\\E[%?%p1%{8}%<%t4%p1%d%e48:2::%p1%{65536}%/%d:%p1%{256}%/%{255}%&%d:%p1%{255}%&%d%;m,
            \tuse=xterm-256color,
            """.write(to: source, atomically: true, encoding: .utf8)
            let tic = Process()
            tic.executableURL = URL(fileURLWithPath: try #require(NeededTool.path("tic"), "tic is not installed"))
            tic.arguments = ["-x", "-o", directory.path, source.path]
            try tic.run()
            tic.waitUntilExit()
            try #require(tic.terminationStatus == 0)
            return directory
        }

        @Test func rgbColoursGoOutAs24Bit() throws {
            let directory = try compileDirectColourEntry()
            defer { try? FileManager.default.removeItem(at: directory) }
            setenv("TERMINFO", directory.path, 1)
            defer { unsetenv("TERMINFO") }

            let harness = try ScreenOnPty(terminalType: "gt-direct", environment: ["COLORTERM": "truecolor"])
            _ = try harness.pty.takeOutput()
            #expect(harness.screen.colorCapability == .truecolor)
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("rgb", x: 0, y: 0, style: Style(foreground: .rgb(18, 52, 86), background: .ansi(4)))
            let output = try harness.bytes(drawing: frame)
            #expect(output.contains("\u{1B}[38:2::18:52:86m"), "\(output.text.debugDescription)")
            #expect(output.contains("\u{1B}[44m"), "ANSI colours stay the terminal's own")
        }

        @Test func directEntryWithoutColortermFallsBackToEight() throws {
            let directory = try compileDirectColourEntry()
            defer { try? FileManager.default.removeItem(at: directory) }
            setenv("TERMINFO", directory.path, 1)
            defer { unsetenv("TERMINFO") }

            let harness = try ScreenOnPty(terminalType: "gt-direct")
            _ = try harness.pty.takeOutput()
            #expect(harness.screen.colorCapability == .eight)
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("red", x: 0, y: 0, style: Style(foreground: .rgb(255, 0, 0)))
            #expect(try harness.bytes(drawing: frame).contains("\u{1B}[31m"))
        }
    }
}
