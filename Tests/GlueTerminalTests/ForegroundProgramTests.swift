import Foundation
import Glibc
import GlueUI
import Testing
@testable import GlueTerminal

extension PseudoTerminalTests {
    @Suite("Programs run on the terminal") struct ForegroundProgram {
        @Test func programGetsTheShellModeOurProcessGroupAndNoBlockedSignals() throws {
            let harness = try ScreenOnPty()
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("connector state", x: 0, y: 0)
            harness.screen.draw(frame)
            _ = try harness.pty.takeOutput()

            let script = """
                stty -a | tr ' ' '\\n' | grep -x -- '-\\{0,1\\}icanon'
                grep SigBlk /proc/self/status
                read -r pid comm state ppid pgrp rest < /proc/$$/stat; echo "pgrp=$pgrp"
                exit 3
                """
            let exit = try harness.screen.runInForeground(["/bin/sh", "-c", script])
            #expect(exit == .exited(3))
            let output = try harness.pty.takeOutput().text
            let lines = output.components(separatedBy: "\r\n")  // one Character in Swift, so split on the string
            #expect(lines.contains { $0.hasSuffix("icanon") && !$0.hasSuffix("-icanon") },
                    "the program gets the shell's cooked mode")
            #expect(lines.contains("SigBlk:\t0000000000000000"), "SIGWINCH and the rest are not blocked in it")
            #expect(lines.contains("pgrp=\(getpgrp())"), "it is in our (the foreground) process group")
            #expect(output.contains("\u{1B}[?1049h") && output.contains("connector state"), "repainted after")
        }

        @Test func aProgramThatCannotStartIsAnErrorAndTheScreenComesBack() throws {
            let harness = try ScreenOnPty()
            _ = try harness.pty.takeOutput()
            #expect(throws: TerminalError.programFailedToStart("/nonexistent/editor", errno: ENOENT)) {
                try harness.screen.runInForeground(["/nonexistent/editor"])
            }
            var frame = Frame(size: Size(width: 80, height: 24))
            frame.put("still drawing", x: 0, y: 0)
            #expect(try harness.bytes(drawing: frame).contains("still drawing"))
        }
    }
}
