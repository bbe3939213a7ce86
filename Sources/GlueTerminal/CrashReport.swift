import CNCurses
import Glibc

/// What a crash leaves behind: the terminal restored and one line saying where the log is.
public enum CrashReport {
    /// Registers the log path that the crash message names. Call before `TerminalScreen.start()`; the text is
    /// copied into storage the signal handler reads without allocating.
    public static func register(logPath: String) {
        gt_crash_set_message("gluetop crashed (signal ", "); the log is at \(logPath)\n")
    }
}

/// The crash handler (in C, shim.h) for SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE and SIGTRAP: restores the
/// saved termios, writes the prepared reset sequence, prints the registered message, then lets the signal take
/// its default action (the process dies of it, with a core dump where enabled).
enum CrashRestore {
    /// Records what to restore. Everything is copied into static storage now, so the handler need not allocate.
    static func arm(terminalFD: Int32, shellTermios: termios?, restoreSequence: [UInt8]) {
        restoreSequence.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if var saved = shellTermios {
                    gt_crash_arm(terminalFD, &saved, chars.baseAddress, chars.count)
                } else {
                    gt_crash_arm(terminalFD, nil, chars.baseAddress, chars.count)
                }
            }
        }
    }

    static func disarm() { gt_crash_disarm() }
    static func install() { gt_crash_install() }
    static func uninstall() { gt_crash_uninstall() }

    /// The bytes that undo full-screen mode for the current terminfo entry: end a synchronized update, reset
    /// attributes, show the cursor, keypad transmit off, leave the alternate screen. ANSI fallbacks where the
    /// entry has none; without an alternate screen, a newline so the message starts on a line of its own.
    static func restoreSequence(synchronizedOutput: Bool) -> [UInt8] {
        var bytes: [UInt8] = synchronizedOutput ? SynchronizedOutput.end : []
        bytes += TerminfoStrings.bytes("sgr0") ?? Array("\u{1B}[0m".utf8)
        bytes += TerminfoStrings.bytes("cnorm") ?? Array("\u{1B}[?25h".utf8)
        bytes += TerminfoStrings.bytes("rmkx") ?? []
        if let leaveAlternateScreen = TerminfoStrings.bytes("rmcup") {
            bytes += leaveAlternateScreen
        } else {
            bytes += Array("\r\n".utf8)
        }
        return bytes
    }
}
