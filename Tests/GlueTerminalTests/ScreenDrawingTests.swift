import Foundation
import GlueUI
import Testing
@testable import GlueTerminal

extension PseudoTerminalTests {
    @Suite("Drawing") struct Drawing {
        @Test func identicalRedrawSendsNothingAndOneChangedCellSendsLittle() throws {
            let harness = try ScreenOnPty(rows: 24, columns: 80)
            _ = try harness.pty.takeOutput()
            var frame = sampleDashboard(Size(width: 80, height: 24))
            let first = try harness.bytes(drawing: frame)
            #expect(first.count > 1000)
            #expect(try harness.bytes(drawing: frame).isEmpty)
            frame.put("X", x: 40, y: 12, style: Style(foreground: .palette(67)))
            let oneCell = try harness.bytes(drawing: frame)
            #expect(!oneCell.isEmpty)
            #expect(oneCell.count < 40, "one changed cell sent \(oneCell.count) bytes: \(oneCell.text.debugDescription)")
            #expect(oneCell.contains("X"))
        }

        @Test func bytesAt200x50() throws {
            let harness = try ScreenOnPty(rows: 50, columns: 200)
            let startup = try harness.pty.takeOutput()
            let size = Size(width: 200, height: 50)
            var frame = sampleDashboard(size)
            let full = try harness.bytes(drawing: frame)
            let identical = try harness.bytes(drawing: frame)
            frame.put("tenant-9999  connector-42  ✓ SYNC_SUCCESS 18,204 rows", x: 2, y: 20,
                      style: Style(foreground: .rgb(80, 200, 120)), maxWidth: 60)
            let oneRow = try harness.bytes(drawing: frame)
            print("bytes at 200x50: start \(startup.count), full first frame \(full.count), identical redraw "
                + "\(identical.count), one changed row \(oneRow.count)")
            #expect(full.count > 5000)
            #expect(identical.isEmpty)
            #expect(oneRow.count < 300)
        }

        @Test func wideCharactersAreSentWholeAndContinuationCellsSkipped() throws {
            let harness = try ScreenOnPty()
            _ = try harness.pty.takeOutput()
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("漢字 ok", x: 3, y: 2)
            let output = try harness.bytes(drawing: frame)
            #expect(output.contains("漢字 ok"))
            // Replacing the wide pair by two narrow characters rewrites both columns.
            frame.put("ab", x: 3, y: 2)
            let replaced = try harness.bytes(drawing: frame)
            #expect(replaced.contains("ab"))
        }

        @Test func colours256AndTheTerminalsOwnBackground() throws {
            let harness = try ScreenOnPty()
            _ = try harness.pty.takeOutput()
            #expect(harness.screen.colorCapability == .palette256)
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("red", x: 0, y: 0, style: Style(foreground: .rgb(255, 0, 0)))
            let output = try harness.bytes(drawing: frame)
            #expect(output.contains("\u{1B}[38;5;196m"))
            #expect(!output.contains("48;5;"), "no background colour was asked for")
        }

        @Test func noColorKeepsBoldAndReverse() throws {
            let harness = try ScreenOnPty(environment: ["NO_COLOR": "1"])
            _ = try harness.pty.takeOutput()
            #expect(harness.screen.colorCapability == .none)
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("focus", x: 0, y: 0, style: Style(foreground: .rgb(255, 0, 0), attributes: [.bold]))
            frame.put("selected", x: 0, y: 1, style: Style(background: .palette(24), attributes: [.reverse]))
            let output = try harness.bytes(drawing: frame)
            #expect(!output.contains("38;5;") && !output.contains("\u{1B}[3") && !output.contains("\u{1B}[4"))
            #expect(output.contains("\u{1B}[0;1m") || output.contains("\u{1B}[1m"), "\(output.text.debugDescription)")
            #expect(output.contains("\u{1B}[0;7m") || output.contains("\u{1B}[7m"), "\(output.text.debugDescription)")
        }

        @Test func eightColourTerminalMapsDownAndSurvivesPairExhaustion() throws {
            // xterm: 8 colours, 64 pairs. 9 × 9 foreground/background combinations need 80 pairs.
            let harness = try ScreenOnPty(terminalType: "xterm")
            _ = try harness.pty.takeOutput()
            #expect(harness.screen.colorCapability == .eight)
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("bright", x: 0, y: 0, style: Style(foreground: .ansi(9)))
            #expect(try harness.bytes(drawing: frame).contains("\u{1B}[31m"))
            let colours: [TerminalColor?] = [nil] + (0..<8).map { TerminalColor.ansi(UInt8($0)) }
            for (row, foreground) in colours.enumerated() {
                for (column, background) in colours.enumerated() {
                    frame.put("x", x: column, y: row + 2, style: Style(foreground: foreground, background: background))
                }
            }
            let crowded = try harness.bytes(drawing: frame)
            #expect(crowded.contains("\u{1B}[H\u{1B}[2J"), "exhaustion resets the pairs and repaints from a clear screen")
            var calm = Frame(size: Size(width: 80, height: 24))
            calm.put("calm", x: 0, y: 0, style: Style(foreground: .ansi(2)))
            #expect(try harness.bytes(drawing: calm).contains("calm"))
        }

        @Test func cursorShownAtFrameCursorAndHiddenWithout() throws {
            let harness = try ScreenOnPty()
            _ = try harness.pty.takeOutput()
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put(":tenant ac", x: 0, y: 23)
            let hidden = try harness.bytes(drawing: frame)
            #expect(!hidden.contains("\u{1B}[?25h"))
            frame.cursor = Point(x: 10, y: 5)
            let shown = try harness.bytes(drawing: frame)
            #expect(shown.contains("\u{1B}[6;11H"), "\(shown.text.debugDescription)")
            #expect(shown.contains("\u{1B}[?25h"))
            frame.cursor = nil
            #expect(try harness.bytes(drawing: frame).contains("\u{1B}[?25l"))
        }

        @Test func synchronizedOutputWrapsTheFrame() throws {
            let harness = try ScreenOnPty(synchronizedOutput: true)
            _ = try harness.pty.takeOutput()
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("sync", x: 0, y: 0)
            let output = try harness.bytes(drawing: frame)
            #expect(output.text.hasPrefix("\u{1B}[?2026h"))
            #expect(output.text.hasSuffix("\u{1B}[?2026l"))
            #expect(output.contains("sync"))
        }

        @Test func redrawAllClearsAndSendsEverything() throws {
            let harness = try ScreenOnPty()
            _ = try harness.pty.takeOutput()
            let frame = sampleDashboard(Size(width: 80, height: 24))
            let first = try harness.bytes(drawing: frame)
            harness.screen.redrawAll()
            let again = try harness.pty.takeOutput()
            #expect(again.contains("\u{1B}[H\u{1B}[2J"))
            #expect(again.count > first.count / 2)
        }
    }
}
