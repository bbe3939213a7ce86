import Glibc
import GlueSync

/// Where a script command writes its output and its messages. Injected, so tests run commands in-process and read
/// back exactly what a user would have seen.
public protocol ScriptOutput: Sendable {
    func write(_ text: String)
    /// Whether this is a terminal: tables by default, progress redrawn in place.
    var isTerminal: Bool { get }
}

/// A file descriptor (stdout, stderr), written with write(2): a reader that went away (`| head`) ends the output
/// quietly instead of crashing the process as FileHandle does on EPIPE.
public struct FileDescriptorOutput: ScriptOutput {
    public let descriptor: Int32
    public let isTerminal: Bool

    public init(descriptor: Int32) {
        self.descriptor = descriptor
        isTerminal = isatty(descriptor) == 1
    }

    public static let standardOutput = FileDescriptorOutput(descriptor: STDOUT_FILENO)
    public static let standardError = FileDescriptorOutput(descriptor: STDERR_FILENO)

    public func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// Collects everything written, for tests (and for a terminal-like output, `isTerminal: true`).
public final class CapturedOutput: ScriptOutput {
    private let buffer = LockedValue("")
    public let isTerminal: Bool

    public init(isTerminal: Bool = false) {
        self.isTerminal = isTerminal
    }

    public func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    public var text: String { buffer.withLock { $0 } }
}
