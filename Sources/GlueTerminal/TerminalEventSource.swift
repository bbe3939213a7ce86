import CNCurses
import Glibc
import GlueCore

/// The main loop's one blocking point: sleeps in `ppoll` on the terminal and the wake-up pipe until a key, a
/// resize, a `Wakeup.signal()`, a termination signal or the timeout, then reports everything that is ready.
/// Idle costs nothing: no timer, no polling.
///
/// SIGWINCH stays blocked everywhere (`TerminalProcess.prepare()`) and is let through only inside `ppoll`, so
/// ncurses' handler runs there and the next read yields KEY_RESIZE. SIGTERM, SIGHUP and SIGINT are let through
/// there as well.
///
/// Used from the main loop's thread only, like `TerminalScreen`.
public final class TerminalEventSource {
    private let screen: TerminalScreen
    private let wakeup: Wakeup
    /// The thread's signal mask with SIGWINCH removed: the mask in force while `ppoll` waits.
    private var pollMask = sigset_t()

    public init(screen: TerminalScreen, wakeup: Wakeup) {
        self.screen = screen
        self.wakeup = wakeup
        // Block SIGWINCH in this thread even if prepare() was skipped, so that it can only arrive inside ppoll.
        var windowChange = sigset_t()
        sigemptyset(&windowChange)
        sigaddset(&windowChange, SIGWINCH)
        pthread_sigmask(SIG_BLOCK, &windowChange, &pollMask)
        sigdelset(&pollMask, SIGWINCH)
        // Let the termination signals in while waiting too, in case this thread blocks them (a dispatch thread
        // does): their handlers only set a flag and write to the pipe.
        for signal in [SIGTERM, SIGHUP, SIGINT] { sigdelset(&pollMask, signal) }
        TerminationSignals.route(toWakeFD: wakeup.writeFD)
    }

    deinit {
        TerminationSignals.route(toWakeFD: -1)
    }

    /// Waits up to `timeout` (nil: for ever) for something to happen; returns at once when something already
    /// has. An empty result means the timeout passed. Several keys typed or pasted at once come back together,
    /// and several resizes collapse into the last.
    public func wait(timeout: Duration?) -> [TerminalEvent] {
        var events = TerminationSignals.takePending().map(TerminalEvent.signal)
        let readiness = poll(timeout: events.isEmpty ? timeout : .zero)

        var resized = false
        if readiness.input || readiness.interrupted {
            for input in screen.readInput() {
                switch input {
                case .key(let key): events.append(.key(key))
                case .resize: resized = true
                }
            }
        }
        // A SIGWINCH that reached another handler than ncurses' still shows in the kernel's size.
        if readiness.interrupted && !resized && screen.refreshSizeFromTerminal() { resized = true }
        if resized { events.append(.resize(screen.handleResize())) }
        if readiness.inputHungUp && events.isEmpty { events.append(.signal(.hangup)) }
        if readiness.wake && wakeup.drain() { events.append(.wake) }
        events += TerminationSignals.takePending().map(TerminalEvent.signal)
        return events
    }

    private struct Readiness {
        var input = false
        var inputHungUp = false
        var wake = false
        /// ppoll returned early for a signal (SIGWINCH, most likely).
        var interrupted = false
    }

    private func poll(timeout: Duration?) -> Readiness {
        var readiness = Readiness()
        // While a child program owns the terminal its input is not ours; wait on the wake pipe only.
        let watchInput = screen.isStarted && !screen.isSuspended
        var fds = [
            pollfd(fd: wakeup.readFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: watchInput ? screen.configuration.inputFD : -1, events: Int16(POLLIN), revents: 0),
        ]
        var deadline = timeout.map(Self.timespec(from:))
        let result = fds.withUnsafeMutableBufferPointer { buffer in
            withUnsafePointer(to: &pollMask) { mask in
                if deadline != nil {
                    return ppoll(buffer.baseAddress, nfds_t(buffer.count), &deadline!, mask)
                }
                return ppoll(buffer.baseAddress, nfds_t(buffer.count), nil, mask)
            }
        }
        if result < 0 {
            readiness.interrupted = errno == EINTR
            return readiness
        }
        readiness.wake = fds[0].revents & Int16(POLLIN) != 0
        readiness.input = fds[1].revents & Int16(POLLIN) != 0
        readiness.inputHungUp = fds[1].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        return readiness
    }

    private static func timespec(from duration: Duration) -> Glibc.timespec {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, attoseconds >= 0 else { return Glibc.timespec(tv_sec: 0, tv_nsec: 0) }
        return Glibc.timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
    }
}
