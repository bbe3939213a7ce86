/// Every row's search text, lower-cased, as UTF-8 in one buffer: matching a filter against 10,000 rows reads
/// bytes and allocates nothing (a `String.contains` per row allocated twice and took most of a key's time).
/// A match of UTF-8 bytes is a match of Unicode scalars, which is what a filter of typed text means.
struct SearchKeys: Sendable {
    private var bytes: [UInt8] = []
    /// Where row `i` starts in `bytes`; `starts[i + 1]` is where it ends.
    private var starts: [Int] = [0]

    init() {}

    init<S: Sequence>(_ texts: S) where S.Element == String {
        for text in texts {
            bytes.append(contentsOf: text.lowercased().utf8)
            starts.append(bytes.count)
        }
    }

    /// The rows among `candidates` whose text contains `needle` (already lower-cased), in their order.
    func rows(among candidates: some Sequence<Int>, containing needle: String) -> [Int] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return Array(candidates) }
        return bytes.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { pattern in
                candidates.filter { Self.contains(text, from: starts[$0], to: starts[$0 + 1], pattern) }
            }
        }
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                 _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = pattern.count
        guard end - start >= count else { return false }
        let first = pattern[0]
        var position = start
        while position <= end - count {
            if text[position] == first {
                var matched = 1
                while matched < count, text[position + matched] == pattern[matched] { matched += 1 }
                if matched == count { return true }
            }
            position += 1
        }
        return false
    }
}
