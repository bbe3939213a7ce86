import CNCurses
import Glibc

/// Reading string capabilities from the current terminfo entry.
enum TerminfoStrings {
    /// The capability's bytes with padding (`$<5>`, `$<2/*>`) removed, or nil when the entry has none.
    static func bytes(_ name: String) -> [UInt8]? {
        guard let value = gt_terminfo_string(name) else { return nil }
        // Raw bytes, not a String: escape sequences need not be valid UTF-8.
        let raw = UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self)
        return withoutPadding(Array(UnsafeBufferPointer(start: raw, count: strlen(value))))
    }

    /// Removes terminfo padding specifications: `$<` digits, `.`, `*`, `/` `>`. Pure.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
               bytes[(index + 2)..<close].allSatisfy({ isPaddingByte($0) }) {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    private static func isPaddingByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "/")
    }
}
