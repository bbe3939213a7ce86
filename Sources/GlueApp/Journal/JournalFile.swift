import Foundation
import Glibc
import GlueCore
import LosslessJSON
import Synchronization

/// The append-only journal: one JSON line per mutation, each appended with O_APPEND, written whole and fsynced
/// before the call returns, so a crash right after an action still finds it on disk. The file is 0600 and its
/// directory 0700 (the journal holds states, which may hold customer data).
public final class JournalFile: Sendable {
    public let path: String
    /// One appender at a time within this process: a multi-megabyte state line must not interleave with another.
    private let appending = Mutex(())

    public init(path: String) {
        self.path = path
    }

    public convenience init(paths: AppPaths) {
        self.init(path: paths.journalFile.path)
    }

    public func append(_ entry: JournalEntry) throws(JournalWriteError) {
        var bytes = entry.json.compactBytes()
        bytes.append(UInt8(ascii: "\n"))
        try appending.withLock { _ throws(JournalWriteError) in try write(bytes) }
    }

    private func write(_ bytes: [UInt8]) throws(JournalWriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw JournalWriteError(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
            }
        }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw JournalWriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw JournalWriteError(path: path, reason: String(cString: strerror(errno)))
            }
            written += result
        }
        guard fsync(fd) == 0 else { throw JournalWriteError(path: path, reason: "fsync: " + String(cString: strerror(errno))) }
    }

    /// Every entry, oldest first. A missing file is an empty journal; a line that is not an entry is counted,
    /// not fatal (a hand edit or a torn last line must not hide the rest).
    public func read() throws(JournalLoadError) -> JournalListing {
        guard FileManager.default.fileExists(atPath: path) else {
            return JournalListing(entries: [], unreadableLines: 0, path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JournalLoadError("cannot read \(path)")
        }
        var entries: [JournalEntry] = []
        var unreadable = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let value = try? JSONValue.parse(bytes: Array(line)), let entry = JournalEntry(json: value) else {
                unreadable += 1
                continue
            }
            entries.append(entry)
        }
        return JournalListing(entries: entries, unreadableLines: unreadable, path: path)
    }
}

public struct JournalWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "journal \(path) not written: \(reason)" }
}
