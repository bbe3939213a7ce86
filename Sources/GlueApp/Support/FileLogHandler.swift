import Foundation
import Glibc
import GlueSync
import HotglueModels
import Logging
import Synchronization

/// A swift-log handler appending lines to gluetop's log file (never the terminal, which the dashboard owns).
/// Every message passes through the secret scrubber first: keys and tokens never reach the file.
public struct FileLogHandler: LogHandler {
    private let sink: LogFileSink
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String

    public init(label: String, sink: LogFileSink) {
        self.label = label
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        let fields = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text = "\(event.level) \(label): \(event.message)\(fields)"
        sink.write(SecretMasking.maskText(text))
    }
}

/// One log file shared by every logger of the process, and by other gluetop processes of the user (a dashboard
/// and a script command at once): opened with O_APPEND so each line lands whole at the end, written with
/// `write(2)` so a full disk or a closed file is a counted failure, never a crash. Past `rotateBytes` the file
/// moves to `gluetop.log.1` (the one before is dropped) and a new one starts.
public final class LogFileSink: Sendable {
    public let path: String
    public let rotateBytes: Int
    private let descriptor: LockedValue<Int32>
    private let failures = Atomic<Int>(0)

    public init(path: String, rotateBytes: Int = 4 << 20) {
        self.path = path
        self.rotateBytes = rotateBytes
        self.descriptor = LockedValue(Self.open(path))
    }

    deinit {
        descriptor.withLock { fd in
            if fd >= 0 { close(fd) }
        }
    }

    /// Lines that could not be written (disk full, no permission): the log is best effort, the dashboard goes on.
    public var failedWrites: Int { failures.load(ordering: .relaxed) }

    public func write(_ line: String) {
        let bytes = Array((JournalTime.format(Date()) + " " + line + "\n").utf8)
        descriptor.withLock { fd in
            rotateIfLarge(&fd)
            guard fd >= 0, WholeWrite.write(fd, bytes) == nil else {
                failures.add(1, ordering: .relaxed)
                return
            }
        }
    }

    private func rotateIfLarge(_ fd: inout Int32) {
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0, Int(info.st_size) >= rotateBytes else { return }
        // Another process may have rotated already: only the file still at `path` moves.
        var current = stat()
        if stat(path, &current) == 0, current.st_ino == info.st_ino {
            _ = rename(path, path + ".1")
        }
        close(fd)
        fd = Self.open(path)
    }

    private static func open(_ path: String) -> Int32 {
        Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    }
}
