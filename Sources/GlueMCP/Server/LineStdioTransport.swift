import Foundation
import Glibc
import Logging
import GlueSync
import LosslessJSON
import MCP

/// MCP over standard input and output, newline-delimited JSON-RPC, for `gluetop mcp --stdio`. Unlike the SDK's
/// `StdioTransport`, which sets stdin non-blocking and wakes every 10 ms to look for input, a thread of its own
/// sleeps in a blocking `read`: an idle server does no work. A line longer than `maxLineBytes` is not buffered
/// whole: it is dropped, and its request (when its id comes early, as clients write it) answered with an error.
actor LineStdioTransport: Transport {
    static let maxLineBytes = 16 << 20

    nonisolated let logger: Logger
    private let input: Int32
    private let output: LineWriter
    private let messages: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    private var started = false

    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, logger: Logger) {
        self.input = input
        self.output = LineWriter(output)
        self.logger = logger
        (messages, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
    }

    func connect() async throws {
        guard !started else { return }
        started = true
        let input = self.input, continuation = self.continuation, logger = self.logger, output = self.output
        let reader = Thread { Self.readLines(from: input, into: continuation, answering: output, logger: logger) }
        reader.name = "gluetop-mcp-stdin"
        reader.start()
    }

    func disconnect() async {
        continuation.finish()
    }

    func send(_ data: Data) async throws {
        try output.write(Array(data))
    }

    func receive() -> AsyncThrowingStream<Data, any Error> {
        messages
    }

    /// Blocks in `read` until input comes; yields each complete line; ends the stream at end of input.
    private static func readLines(from input: Int32, into continuation: AsyncThrowingStream<Data, any Error>.Continuation,
                                  answering output: LineWriter, logger: Logger) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var pending: [UInt8] = []
        var discarding = false
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            var start = 0
            for index in 0..<count where buffer[index] == UInt8(ascii: "\n") {
                if !discarding {
                    pending.append(contentsOf: buffer[start..<index])
                    if !pending.isEmpty { continuation.yield(Data(pending)) }
                }
                pending.removeAll(keepingCapacity: true)
                discarding = false
                start = index + 1
            }
            if !discarding { pending.append(contentsOf: buffer[start..<count]) }
            if pending.count > maxLineBytes {
                logger.error("dropped an MCP message longer than \(maxLineBytes) bytes")
                if let id = requestID(in: pending.prefix(256)) {
                    try? output.write(Array(tooLarge(id).utf8))
                }
                pending.removeAll()
                discarding = true
            }
        }
        continuation.finish()
    }

    /// The id of a JSON-RPC request from the start of its text (`{"jsonrpc":"2.0","id":7,…`), if it is there.
    static func requestID(in head: ArraySlice<UInt8>) -> JSONValue? {
        let text = String(decoding: head, as: UTF8.self)
        guard let key = text.range(of: #""id""#) else { return nil }
        var rest = text[key.upperBound...].drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        let token = rest.prefix { $0 != "," && $0 != "}" }
        return try? JSONValue.parse(String(token))
    }

    static func tooLarge(_ id: JSONValue) -> String {
        let error: JSONValue = ["code": -32600, "message": JSONValue(
            "Invalid Request: the message is longer than gluetop takes (\(maxLineBytes) bytes)")]
        return JSONValue.object(["jsonrpc": "2.0", "id": id, "error": error]).compact()
    }
}

/// Whole lines to a file descriptor, one writer at a time (the transport's answers and the reader's refusals).
final class LineWriter: Sendable {
    private let descriptor: LockedValue<Int32>

    init(_ descriptor: Int32) {
        self.descriptor = LockedValue(descriptor)
    }

    func write(_ line: [UInt8]) throws {
        let bytes = line + [UInt8(ascii: "\n")]
        try descriptor.withLock { fd in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
                }
                offset += written
            }
        }
    }
}
