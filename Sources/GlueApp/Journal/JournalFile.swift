import Foundation
import Glibc
import GlueCore
import GlueSync
import LosslessJSON
import Synchronization

/// The append-only journal, shared by every gluetop process of the user (dashboards, script commands): one JSON
/// line per record, appended under an exclusive `flock`, written whole and fsynced before `append` returns, so a
/// crash right after still finds it on disk. The file is 0600 and its directory 0700 (the journal holds states,
/// which may hold customer data). It rotates by size: `journal.jsonl` → `journal.jsonl.1` → … → `.N`, the oldest
/// dropped; readers read backwards across them.
public final class JournalFile: Sendable {
    public let path: String
    /// Past this size the next append first rotates the file.
    public let rotateBytes: Int
    /// How many rotated files are kept besides the current one.
    public let keptFiles: Int
    /// One appender at a time within this process (`flock` is per open file, and each append opens its own).
    private let appending = LockedValue(())
    /// Bytes the readers have read from disk since this was made: the tests and benchmarks of read cost look at it.
    let readCounter = Atomic<Int>(0)

    public init(path: String, rotateBytes: Int = 8 << 20, keptFiles: Int = 4) {
        self.path = path
        self.rotateBytes = rotateBytes
        self.keptFiles = keptFiles
    }

    public convenience init(paths: AppPaths) {
        self.init(path: paths.journalFile.path)
    }

    public var bytesRead: Int { readCounter.load(ordering: .relaxed) }

    /// The current file first, then the rotated ones, newest to oldest.
    var filesNewestFirst: [String] {
        [path] + (1...max(1, keptFiles)).prefix(keptFiles).map { "\(path).\($0)" }
    }

    var directory: String { (path as NSString).deletingLastPathComponent }

    public func append(_ record: JournalRecord) throws(JournalWriteError) {
        var bytes = record.json.compactBytes()
        bytes.append(UInt8(ascii: "\n"))
        try appending.withLock { _ throws(JournalWriteError) in try write(bytes) }
    }

    private func write(_ bytes: [UInt8]) throws(JournalWriteError) {
        try makeDirectory()
        var fd = try openLocked()
        defer { close(fd) }
        var size = try fileSize(fd)
        if size > 0, size + bytes.count > rotateBytes {
            try rotate()
            close(fd)
            fd = try openLocked()
            size = try fileSize(fd)
        }
        if size == 0 { syncDirectory() }
        // A record cut short by a crash or a full disk has no newline: start on a line of our own, so this record
        // is whole and the torn one stays a single unreadable line.
        var line = bytes
        if size > 0, lastByte(fd, size: size) != UInt8(ascii: "\n") { line.insert(UInt8(ascii: "\n"), at: 0) }
        do {
            try writeAll(fd, line)
        } catch {
            // Take back what got written, so the next record does not follow half of this one.
            _ = ftruncate(fd, off_t(size))
            throw error
        }
        guard fsync(fd) == 0 else { throw failure("fsync") }
    }

    private func makeDirectory() throws(JournalWriteError) {
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw JournalWriteError(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
        }
    }

    /// Opens and locks the current file. Another process may have rotated it while this one waited for the
    /// lock: then the locked file is the rotated one, and it opens again.
    private func openLocked() throws(JournalWriteError) -> Int32 {
        while true {
            // Read and write: the last byte is read back to tell a torn line (appends still go to the end).
            let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw failure("open") }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let error = failure("lock")
                    close(fd)
                    throw error
                }
            }
            var locked = stat(), current = stat()
            if fstat(fd, &locked) == 0, stat(path, &current) == 0, locked.st_ino == current.st_ino,
               locked.st_dev == current.st_dev {
                return fd
            }
            close(fd)
        }
    }

    private func fileSize(_ fd: Int32) throws(JournalWriteError) -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("stat") }
        return Int(info.st_size)
    }

    private func lastByte(_ fd: Int32, size: Int) -> UInt8? {
        var byte: UInt8 = 0
        return pread(fd, &byte, 1, off_t(size - 1)) == 1 ? byte : nil
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(JournalWriteError) {
        if let code = WholeWrite.write(fd, bytes) {
            throw JournalWriteError(path: path, reason: "write: " + String(cString: strerror(code)))
        }
    }

    /// `.N-1` → `.N`, …, current → `.1`; the oldest falls off. Called with the current file locked, so two
    /// processes never rotate at once; the directory is fsynced so the renames survive a crash.
    private func rotate() throws(JournalWriteError) {
        let files = filesNewestFirst
        for index in stride(from: files.count - 1, to: 0, by: -1) where access(files[index - 1], F_OK) == 0 {
            guard rename(files[index - 1], files[index]) == 0 else { throw failure("rotate") }
        }
        syncDirectory()
    }

    private func syncDirectory() {
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private func failure(_ step: String) -> JournalWriteError {
        JournalWriteError(path: path, reason: "\(step): " + String(cString: strerror(errno)))
    }
}

public struct JournalWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "journal \(path) not written: \(reason)" }
}
