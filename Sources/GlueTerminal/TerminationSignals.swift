import CNCurses

/// A signal that asks gluetop to stop. It arrives through the event loop, so the app stops cleanly and
/// restores the terminal itself.
public enum TerminationSignal: Hashable, Sendable, CaseIterable {
    /// SIGTERM.
    case terminate
    /// SIGHUP: the terminal went away.
    case hangup
    /// SIGINT sent from outside (Ctrl-C typed in gluetop arrives as a key, since the terminal is in raw mode).
    case interrupt
}

/// The SIGTERM/SIGHUP/SIGINT handlers (in C, shim.h): each sets a flag and writes one byte to the wake pipe.
/// The same signal arriving twice before the loop took the first means the app is stuck; the second one
/// restores the terminal and ends the process with the default action.
enum TerminationSignals {
    static func install() { gt_signals_install() }
    static func uninstall() { gt_signals_uninstall() }

    /// The pipe the handlers write to, so a blocked `ppoll` wakes up. -1: none.
    static func route(toWakeFD fd: Int32) { gt_signals_set_wake_fd(fd) }

    /// While an external program owns the terminal, SIGINT (its Ctrl-C) is not gluetop's to act on.
    static func setInterruptIgnored(_ ignored: Bool) { gt_signals_set_interrupt_ignored(ignored ? 1 : 0) }

    /// The signals received since the last call, in a fixed order; clears them.
    static func takePending() -> [TerminationSignal] {
        let bits = gt_signals_take_pending()
        var signals: [TerminationSignal] = []
        if bits & GT_SIGNAL_TERMINATE != 0 { signals.append(.terminate) }
        if bits & GT_SIGNAL_HANGUP != 0 { signals.append(.hangup) }
        if bits & GT_SIGNAL_INTERRUPT != 0 { signals.append(.interrupt) }
        return signals
    }
}
