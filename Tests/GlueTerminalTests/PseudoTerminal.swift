import CNCurses
import Foundation
import Glibc

/// A pseudo-terminal pair for driving `TerminalScreen` in-process: the screen reads and writes the slave side;
/// the test plays the terminal on the master side, reading what was sent and typing keys.
///
/// A reader thread empties the master continuously, so a large frame never blocks on a full pty buffer.
/// To know where one draw's bytes end, the test writes a marker to the slave after the draw and waits for it.
final class PseudoTerminal: @unchecked Sendable {
    // @unchecked: `received` and `readerDone` are guarded by `condition`; the fds are immutable.
    let master: Int32
    let slave: Int32
    private let stopPipe: [Int32]
    private let condition = NSCondition()
    private var received: [UInt8] = []
    private var readerDone = false
    private var markerCount = 0

    init(rows: UInt16, columns: UInt16) throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard gt_open_pty(&master, &slave, rows, columns) == 0 else { throw PseudoTerminalError.openFailed(errno) }
        self.master = master
        self.slave = slave
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw PseudoTerminalError.openFailed(errno) }
        stopPipe = fds
        let thread = Thread { [self] in readLoop() }
        thread.start()
    }

    deinit {
        close(master)
        close(slave)
        close(stopPipe[0])
        close(stopPipe[1])
    }

    /// Stops the reader thread and waits for it; call before the pty goes away.
    func stopReading() {
        var byte: UInt8 = 1
        _ = write(stopPipe[1], &byte, 1)
        condition.lock()
        while !readerDone { condition.wait() }
        condition.unlock()
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        outer: while true {
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, -1)
            if ready < 0 { if errno == EINTR { continue } else { break } }
            if fds[0].revents & Int16(POLLIN) != 0 {
                let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if count > 0 {
                    condition.lock()
                    received += buffer[0..<count]
                    condition.broadcast()
                    condition.unlock()
                    continue outer
                }
            }
            if fds[1].revents != 0 || fds[0].revents & Int16(POLLHUP | POLLERR) != 0 { break }
        }
        condition.lock()
        readerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Everything the screen wrote since the last call: writes a marker through the slave (after whatever the
    /// screen wrote) and waits until the reader has it.
    func takeOutput(timeout: TimeInterval = 5) throws -> [UInt8] {
        markerCount += 1
        let marker = Array("<<gt-marker-\(markerCount)>>".utf8)
        var remaining = marker[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { write(slave, $0.baseAddress, $0.count) }
            guard written > 0 else { throw PseudoTerminalError.writeFailed(errno) }
            remaining = remaining.dropFirst(written)
        }
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let range = Self.find(marker, in: received) {
                let output = Array(received[..<range.lowerBound])
                received.removeSubrange(..<range.upperBound)
                return output
            }
            guard condition.wait(until: deadline) else { throw PseudoTerminalError.markerTimedOut(received.count) }
        }
    }

    /// Types bytes as if from the keyboard.
    func type(_ text: String) {
        type(bytes: Array(text.utf8))
    }

    /// Bytes no String holds (invalid UTF-8), as a terminal in another encoding would send them.
    func type(bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    func resize(rows: UInt16, columns: UInt16) {
        _ = gt_set_window_size(master, rows, columns)
    }

    func termiosOfSlave() -> termios {
        var settings = termios()
        tcgetattr(slave, &settings)
        return settings
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0] && haystack[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }
}

enum PseudoTerminalError: Error {
    case openFailed(Int32)
    case writeFailed(Int32)
    case markerTimedOut(Int)
}

extension termios {
    /// Field-by-field equality of the parts a terminal mode consists of.
    func sameMode(as other: termios) -> Bool {
        var left = self, right = other
        let controlCharactersEqual = withUnsafeBytes(of: &left.c_cc) { a in
            withUnsafeBytes(of: &right.c_cc) { b in a.elementsEqual(b) }
        }
        return c_iflag == other.c_iflag && c_oflag == other.c_oflag && c_cflag == other.c_cflag
            && c_lflag == other.c_lflag && controlCharactersEqual
    }
}
