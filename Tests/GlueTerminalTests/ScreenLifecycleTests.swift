import CNCurses
import Foundation
import Glibc
import GlueUI
import Testing
@testable import GlueTerminal

extension PseudoTerminalTests {
    @Suite("Start, stop, suspend") struct Lifecycle {
        @Test func startTakesOverAndStopRestoresTermios() throws {
            let harness = try ScreenOnPty(start: false)
            let shellMode = harness.pty.termiosOfSlave()
            try harness.screen.start()
            let started = try harness.pty.takeOutput()
            #expect(started.contains("\u{1B}[?1049h"), "alternate screen entered")
            let rawMode = harness.pty.termiosOfSlave()
            #expect(rawMode.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == 0, "raw, no echo, no signal keys")
            #expect(!rawMode.sameMode(as: shellMode))

            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("hello", x: 0, y: 0)
            harness.screen.draw(frame)
            harness.screen.stop()
            let stopped = try harness.pty.takeOutput()
            #expect(stopped.contains("\u{1B}[?1049l"), "alternate screen left")
            #expect(stopped.contains("\u{1B}[?25h"), "cursor shown")
            #expect(harness.pty.termiosOfSlave().sameMode(as: shellMode))
        }

        @Test func refusesWhatIsNotATerminal() throws {
            let devNull = open("/dev/null", O_RDWR)
            defer { close(devNull) }
            let screen = TerminalScreen(configuration: TerminalConfiguration(
                inputFD: devNull, outputFD: devNull, terminalType: "xterm-256color",
                environment: TerminalEnvironment([:]), installsSignalHandlers: false))
            #expect(throws: TerminalError.notATerminal(inputIsTerminal: false, outputIsTerminal: false)) {
                try screen.start()
            }
        }

        @Test func unknownTermIsAnErrorNotAnExit() throws {
            let harness = try ScreenOnPty(terminalType: "xterm-does-not-exist", start: false)
            #expect(throws: TerminalError.unknownTerminalType("xterm-does-not-exist")) { try harness.screen.start() }
            #expect(!harness.screen.isStarted)
        }

        @Test func dumbTerminalIsRefusedAndLeavesNoHandlersBehind() throws {
            let before = gt_signal_is_default(SIGTERM)
            let harness = try ScreenOnPty(terminalType: "dumb", installsSignalHandlers: true, start: false)
            #expect(throws: TerminalError.terminalCannotAddressCursor("dumb")) { try harness.screen.start() }
            #expect(gt_signal_is_default(SIGTERM) == before)
        }

        @Test func suspendForChildGivesTheShellModeBackAndResumeRepaints() throws {
            let harness = try ScreenOnPty(start: false)
            let shellMode = harness.pty.termiosOfSlave()
            try harness.screen.start()
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("state of salesforce", x: 2, y: 5)
            harness.screen.draw(frame)
            _ = try harness.pty.takeOutput()

            harness.screen.suspendForChild()
            let suspended = try harness.pty.takeOutput()
            #expect(suspended.contains("\u{1B}[?1049l"))
            #expect(harness.pty.termiosOfSlave().sameMode(as: shellMode), "the editor gets the shell's mode")

            harness.screen.draw(frame)  // while suspended: remembered, not drawn
            #expect(try harness.pty.takeOutput().isEmpty)

            harness.screen.resumeAfterChild()
            let resumed = try harness.pty.takeOutput()
            #expect(resumed.contains("\u{1B}[?1049h"))
            #expect(resumed.contains("state of salesforce"), "the last frame is repainted in full")
            #expect(!harness.pty.termiosOfSlave().sameMode(as: shellMode))
        }
    }
}
