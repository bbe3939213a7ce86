import Foundation
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

/// One open log file shared by every logger; lines are timestamped and written whole.
public final class LogFileSink: Sendable {
    private let handle: Mutex<FileHandle?>
    public let path: String

    public init(path: String) {
        self.path = path
        // Appends across runs: the log of the run before a crash report is what the reader wants.
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let handle = FileHandle(forWritingAtPath: path)
        handle?.seekToEndOfFile()
        self.handle = Mutex(handle)
    }

    public func write(_ line: String) {
        let stamp = JournalTime.format(Date())
        let data = Data((stamp + " " + line + "\n").utf8)
        handle.withLock { $0?.write(data) }
    }
}
