/// Where parsing stopped and why, in words for the person who wrote the text.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the offending byte.
    public let line: Int
    /// 1-based column, counted in characters on that line.
    public let column: Int
    /// 0-based byte offset into the input.
    public let offset: Int
    public let reason: String

    public init(line: Int, column: Int, offset: Int, reason: String) {
        self.line = line
        self.column = column
        self.offset = offset
        self.reason = reason
    }

    public var description: String { "line \(line), column \(column): \(reason)" }

    /// Computes line and column from a byte offset; only done once, when an error is raised.
    static func at(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, _ reason: String) -> JSONParseError {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var index = 0
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        // Count characters, not bytes: UTF-8 continuation bytes do not start a column.
        var column = 1
        index = lineStart
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return JSONParseError(line: line, column: column, offset: offset, reason: reason)
    }
}
