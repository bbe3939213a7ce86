import CNCurses
import Glibc

/// Wakes the main loop from another thread or task: `signal()` writes one byte to a pipe the loop's `ppoll`
/// watches, and the loop drains it. Posting to the mailbox, then calling `signal()`, is how background work
/// gets the loop's attention without the loop ever polling on a timer.
public final class Wakeup: Sendable {
    /// The byte `signal()` writes; the termination-signal handlers write a different one.
    static let wakeByte = UInt8(ascii: "w")

    let readFD: Int32
    let writeFD: Int32

    public init() throws(TerminalError) {
        var fds: [Int32] = [-1, -1]
        guard gt_nonblocking_pipe(&fds) == 0 else { throw .systemCallFailed("pipe", errno: errno) }
        readFD = fds[0]
        writeFD = fds[1]
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Asks the loop to wake up. Safe from any thread, never blocks: when the pipe is full a wake-up is
    /// already pending, which is all this needs to say.
    public func signal() {
        var byte = Self.wakeByte
        _ = write(writeFD, &byte, 1)
    }

    /// Empties the pipe; true when `signal()` was called since the last drain (rather than only a signal
    /// handler writing).
    func drain() -> Bool {
        var sawWake = false
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
            if count > 0 {
                if buffer[0..<count].contains(Self.wakeByte) { sawWake = true }
                continue
            }
            if count < 0 && errno == EINTR { continue }
            return sawWake
        }
    }
}
