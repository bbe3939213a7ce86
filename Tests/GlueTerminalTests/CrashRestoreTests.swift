import CNCurses
import Foundation
import Glibc
import Testing
@testable import GlueTerminal

extension PseudoTerminalTests {
    /// The crash handler runs in a forked child, which then dies of the signal: the parent checks what reached
    /// the terminal and stderr, and the termios. Between fork and death the child calls only async-signal-safe
    /// functions (dup2, setrlimit, tcsetattr, sigaction, and the fault itself).
    @Suite("Crash restore") struct Crash {
        private func crashChild(_ crash: @convention(c) () -> Void) throws -> (status: Int32, stderr: String, terminal: [UInt8], restored: Bool) {
            let pty = try PseudoTerminal(rows: 24, columns: 80)
            defer { pty.stopReading() }
            var errorPipe: [Int32] = [-1, -1]
            try #require(pipe(&errorPipe) == 0)
            let shellMode = pty.termiosOfSlave()
            var rawMode = shellMode
            cfmakeraw(&rawMode)

            CrashReport.register(logPath: "/tmp/gluetop-test/gluetop.log")
            CrashRestore.arm(terminalFD: pty.slave, shellTermios: shellMode,
                             restoreSequence: Array("<restore>\u{1B}[?1049l\u{1B}[?25h\u{1B}(B\u{1B}[m".utf8))
            defer { CrashRestore.disarm() }

            let child = fork()
            if child == 0 {
                dup2(errorPipe[1], STDERR_FILENO)
                var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
                setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
                tcsetattr(pty.slave, TCSANOW, &rawMode)
                CrashRestore.install()
                crash()
                _exit(99)
            }
            close(errorPipe[1])
            var status: Int32 = 0
            waitpid(child, &status, 0)
            var message: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 512)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(errorPipe[0], $0.baseAddress, $0.count) }
                if count <= 0 { break }
                message += buffer[0..<count]
            }
            close(errorPipe[0])
            let terminal = try pty.takeOutput()
            return (status, String(decoding: message, as: UTF8.self), terminal,
                    pty.termiosOfSlave().sameMode(as: shellMode))
        }

        /// WTERMSIG when the child was killed by a signal (the C macros are not importable).
        private func terminatingSignal(_ status: Int32) -> Int32? {
            let signal = status & 0x7F
            return signal != 0 && signal != 0x7F ? signal : nil
        }

        @Test func segmentationFaultRestoresTheTerminalAndNamesTheLog() throws {
            let result = try crashChild {
                UnsafeMutablePointer<Int>(bitPattern: 16)!.pointee = 1  // a real fault: si_code > 0
            }
            #expect(terminatingSignal(result.status) == SIGSEGV, "the child dies of the original signal")
            #expect(result.terminal.contains("<restore>\u{1B}[?1049l"))
            #expect(result.restored, "the shell's termios is back")
            // On the terminal (stderr may be the log), after the restore, with the shell's \n -> \r\n back on.
            #expect(result.terminal.text.hasSuffix(
                "gluetop crashed (signal \(SIGSEGV)); the log is at /tmp/gluetop-test/gluetop.log\r\n"))
            #expect(result.stderr.isEmpty)
        }

        @Test func abortRestoresTheTerminalAndStillAborts() throws {
            let result = try crashChild { abort() }  // raised, si_code <= 0: the handler raises it again
            #expect(terminatingSignal(result.status) == SIGABRT)
            #expect(result.terminal.contains("<restore>"))
            #expect(result.restored)
            #expect(result.terminal.contains("gluetop crashed (signal \(SIGABRT));"))
        }

        @Test func aSecondSIGTERMWhileTheLoopIsStuckRestoresAndTerminates() throws {
            let result = try crashChild {
                TerminationSignals.install()
                var termination = sigset_t()
                sigemptyset(&termination)
                sigaddset(&termination, SIGTERM)
                sigprocmask(SIG_UNBLOCK, &termination, nil)  // the test runner's thread blocks it
                raise(SIGTERM)  // taken as an event: the loop would stop cleanly, but never looks
                raise(SIGTERM)  // the second one gives up on the loop
            }
            #expect(terminatingSignal(result.status) == SIGTERM)
            #expect(result.terminal.contains("<restore>"))
            #expect(result.restored)
            #expect(!result.terminal.contains("crashed"), "not a crash: no crash message")
        }
    }
}
