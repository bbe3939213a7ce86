import CNCurses
import Foundation
import Glibc
import GlueCore
import GlueUI
import Testing
@testable import GlueTerminal

extension PseudoTerminalTests {
    @Suite("Events") struct Events {
        /// Waits until `count` events arrived (or 5 s passed).
        private func collect(_ source: TerminalEventSource, count: Int) -> [TerminalEvent] {
            var events: [TerminalEvent] = []
            let deadline = ContinuousClock.now + .seconds(5)
            while events.count < count, ContinuousClock.now < deadline {
                events += source.wait(timeout: .milliseconds(500))
            }
            return events
        }

        @Test func keysArriveDecoded() throws {
            let harness = try ScreenOnPty()
            let source = TerminalEventSource(screen: harness.screen, wakeup: try Wakeup())
            // j, Ctrl-C (a key in raw mode, not SIGINT), Ctrl-Z, up, Shift-Tab, Enter, Backspace, é, 漢,
            // Delete, F1, PgUp, Home, Tab
            harness.pty.type("j\u{3}\u{1A}\u{1B}OA\u{1B}[Z\r\u{7F}é漢\u{1B}[3~\u{1B}OP\u{1B}[5~\u{1B}OH\t")
            let expected: [Key] = [.character("j"), .control("c"), .control("z"), .up, .backTab, .enter, .backspace,
                                   .character("é"), .character("漢"), .delete, .function(1), .pageUp, .home, .tab]
            #expect(collect(source, count: expected.count) == expected.map(TerminalEvent.key))
        }

        /// Found by fuzzing: wget_wch answers ERR when a function key cuts a multibyte character short, and
        /// pushes the key back; the read stopped at that ERR and the key waited for the next key press.
        @Test(arguments: [
            [0xFF, 0x1B, 0x4F, 0x41] as [UInt8],  // an invalid byte, then Up (ESC O A: keypad mode)
            Array(repeating: UInt8(0xF2), count: 150) + [0x7F],  // more than wget_wch holds, then Backspace
        ])
        func aKeyAfterInvalidUTF8ArrivesWithoutAnotherKeyPress(_ bytes: [UInt8]) throws {
            let harness = try ScreenOnPty()
            let source = TerminalEventSource(screen: harness.screen, wakeup: try Wakeup())
            harness.pty.type(bytes: bytes)
            let expected: TerminalEvent = bytes.last == 0x41 ? .key(.up) : .key(.backspace)
            #expect(collect(source, count: 1) == [expected])
        }

        @Test func loneEscapeArrivesAfterTheShortDelay() throws {
            let harness = try ScreenOnPty()
            let source = TerminalEventSource(screen: harness.screen, wakeup: try Wakeup())
            harness.pty.type("\u{1B}")
            #expect(collect(source, count: 1) == [.key(.escape)])
            #expect(get_escdelay() == 25, "a lone Esc waits 25 ms for more bytes, not ncurses' 1 s default")
        }

        @Test func wakeupFromAnotherThread() throws {
            let harness = try ScreenOnPty()
            let wakeup = try Wakeup()
            let source = TerminalEventSource(screen: harness.screen, wakeup: wakeup)
            #expect(source.wait(timeout: .milliseconds(20)).isEmpty, "nothing happened: the timeout passes")
            Thread { wakeup.signal(); wakeup.signal() }.start()
            #expect(collect(source, count: 1) == [.wake])
            #expect(source.wait(timeout: .zero).isEmpty, "the pipe was drained")
        }

        @Test func resizeThroughSIGWINCHAndFullRepaint() throws {
            let harness = try ScreenOnPty(rows: 24, columns: 80)
            let source = TerminalEventSource(screen: harness.screen, wakeup: try Wakeup())
            harness.screen.draw(sampleDashboard(Size(width: 80, height: 24)))
            _ = try harness.pty.takeOutput()

            harness.pty.resize(rows: 30, columns: 100)
            // The kernel signals the pty's foreground process group, which the test process is not; send it here.
            // It stays pending (the event source blocked it in this thread) until ppoll lets it through.
            pthread_kill(pthread_self(), SIGWINCH)
            #expect(collect(source, count: 1) == [.resize(Size(width: 100, height: 30))])
            #expect(harness.screen.size == Size(width: 100, height: 30))

            let repaint = try harness.bytes(drawing: sampleDashboard(Size(width: 100, height: 30)))
            #expect(repaint.contains("\u{1B}[H\u{1B}[2J"), "a resize clears and repaints everything")
        }

        @Test func terminationSignalsBecomeEvents() throws {
            let harness = try ScreenOnPty(installsSignalHandlers: true)
            let source = TerminalEventSource(screen: harness.screen, wakeup: try Wakeup())
            try #require(gt_signal_is_default(SIGTERM) == 0 && gt_signal_is_default(SIGHUP) == 0)
            raise(SIGTERM)
            #expect(collect(source, count: 1) == [.signal(.terminate)])
            raise(SIGHUP)
            raise(SIGINT)
            #expect(collect(source, count: 2) == [.signal(.hangup), .signal(.interrupt)])
        }

        @Test func interruptIsIgnoredWhileAChildOwnsTheTerminal() throws {
            let harness = try ScreenOnPty(installsSignalHandlers: true)
            let source = TerminalEventSource(screen: harness.screen, wakeup: try Wakeup())
            harness.screen.suspendForChild()
            raise(SIGINT)
            #expect(source.wait(timeout: .milliseconds(20)).isEmpty)
            harness.screen.resumeAfterChild()
            raise(SIGINT)
            #expect(collect(source, count: 1) == [.signal(.interrupt)])
        }

        @Test func terminalHangingUpIsReportedAsHangup() throws {
            var master: Int32 = -1, slave: Int32 = -1
            try #require(gt_open_pty(&master, &slave, 24, 80) == 0)
            defer { close(slave) }
            let screen = TerminalScreen(configuration: TerminalConfiguration(
                inputFD: slave, outputFD: slave, terminalType: "xterm-256color",
                environment: TerminalEnvironment([:]), installsSignalHandlers: false))
            try screen.start()
            defer { screen.stop() }
            let source = TerminalEventSource(screen: screen, wakeup: try Wakeup())
            close(master)
            #expect(collect(source, count: 1) == [.signal(.hangup)])
        }
    }
}
