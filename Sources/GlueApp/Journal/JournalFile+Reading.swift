import Foundation
import Glibc
import GlueCore
import LosslessJSON

/// Reading the journal backwards, newest record first, across the rotated files, so a reader that finds what it
/// needs near the end (the newest changes, a connector's last change) stops there: its cost does not grow with the
/// journal's age.
extension JournalFile {
    /// What a backward scan saw besides the records it handed out.
    public struct ScanSummary: Sendable {
        /// Lines that are not records: a torn last line after a crash or a full disk, a hand edit.
        public var unreadableLines = 0
        /// True when the visitor stopped the scan before the oldest record.
        public var stoppedEarly = false
    }

    /// Calls `visit` with each record, newest first, until it returns false. A missing file is an empty journal.
    @discardableResult
    public func scanBackward(_ visit: (JournalRecord) -> Bool) throws(JournalLoadError) -> ScanSummary {
        var summary = ScanSummary()
        for file in filesNewestFirst {
            let fd = open(file, O_RDONLY | O_CLOEXEC)
            if fd < 0 {
                if errno == ENOENT { continue }
                throw JournalLoadError("cannot read \(file): " + String(cString: strerror(errno)))
            }
            defer { close(fd) }
            let keepGoing = try scanFile(fd, name: file, summary: &summary, visit)
            if !keepGoing {
                summary.stoppedEarly = true
                return summary
            }
        }
        return summary
    }

    /// Reads one file from its end in blocks; a line longer than a block (a large state) widens the next read.
    private func scanFile(_ fd: Int32, name: String, summary: inout ScanSummary,
                          _ visit: (JournalRecord) -> Bool) throws(JournalLoadError) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw JournalLoadError("cannot read \(name)") }
        var offset = Int(info.st_size)
        var blockSize = 64 << 10
        // Bytes after the newest newline seen so far that belong to a line starting further back.
        var tail: [UInt8] = []
        while offset > 0 {
            let count = min(blockSize, offset)
            offset -= count
            var block = [UInt8](repeating: 0, count: count)
            let read = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            guard read == count else { throw JournalLoadError("cannot read \(name): short read") }
            readCounter.add(count, ordering: .relaxed)
            block.append(contentsOf: tail)
            guard let firstNewline = block.firstIndex(of: UInt8(ascii: "\n")) else {
                tail = block
                blockSize *= 2
                continue
            }
            var end = block.count
            while let newline = block[firstNewline..<end].lastIndex(of: UInt8(ascii: "\n")) {
                if newline + 1 < end, !deliver(block[(newline + 1)..<end], &summary, visit) { return false }
                end = newline
                if newline == firstNewline { break }
            }
            tail = Array(block[0..<firstNewline])
        }
        if !tail.isEmpty, !deliver(tail[...], &summary, visit) { return false }
        return true
    }

    private func deliver(_ line: ArraySlice<UInt8>, _ summary: inout ScanSummary,
                         _ visit: (JournalRecord) -> Bool) -> Bool {
        guard let value = try? JSONValue.parse(bytes: Array(line)), let record = JournalRecord(json: value) else {
            summary.unreadableLines += 1
            return true
        }
        return visit(record)
    }
}
