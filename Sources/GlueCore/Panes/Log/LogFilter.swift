/// `&` in the jobs pane, as in less: the log shows only the lines that match, with `context` lines around each.
/// Plain text matches anywhere in a line, ignoring case; text between slashes (`/time ?out/`) is a regular
/// expression, also ignoring case. The model keeps the text as typed; `LogLineMatcher` is what matches.
public struct LogFilter: Hashable, Sendable {
    public static let maximumContext = 50

    public var query: String
    public var context: Int

    public init(query: String, context: Int = 0) {
        self.query = query
        self.context = min(max(0, context), Self.maximumContext)
    }

    /// `/…/`: a regular expression. A lone `/` is plain text.
    public var isRegex: Bool { Self.isRegex(query) }

    static func isRegex(_ text: String) -> Bool {
        text.count >= 2 && text.hasPrefix("/") && text.hasSuffix("/")
    }

    /// Typing `/…` before its closing slash: not applied until Enter (a half-typed expression means little and a
    /// regular expression over 50,000 lines is too slow to run on every key).
    public static func isRegexInProgress(_ text: String) -> Bool {
        text.hasPrefix("/") && !isRegex(text)
    }
}

/// A `LogFilter` ready to match: plain ASCII text compares bytes (no allocation per line); other text lowercases;
/// a regular expression is compiled once per use (a `Regex` is not `Sendable`, so the model keeps only its text).
public struct LogLineMatcher {
    private enum Pattern {
        case ascii([UInt8])
        case text(String)
        case regex(Regex<AnyRegexOutput>)
    }

    private let pattern: Pattern

    /// nil for an expression that does not compile (`reason` says why) or an empty query.
    public init?(_ filter: LogFilter) {
        guard let matcher = Self.make(filter.query) else { return nil }
        self = matcher
    }

    private init(pattern: Pattern) { self.pattern = pattern }

    private static func make(_ query: String) -> LogLineMatcher? {
        guard !query.isEmpty else { return nil }
        if LogFilter.isRegex(query) {
            let source = String(query.dropFirst().dropLast())
            guard let regex = try? Regex(source) else { return nil }
            return LogLineMatcher(pattern: .regex(regex.ignoresCase()))
        }
        let bytes = Array(query.utf8)
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return LogLineMatcher(pattern: .ascii(bytes.map(lowerASCII)))
        }
        return LogLineMatcher(pattern: .text(query.lowercased()))
    }

    /// Why a query does not compile, for the rule; nil when it does.
    public static func problem(with filter: LogFilter) -> String? {
        guard filter.isRegex else { return nil }
        let source = String(filter.query.dropFirst().dropLast())
        do {
            _ = try Regex(source)
            return nil
        } catch {
            return "not a regular expression"
        }
    }

    public func matches(_ text: String) -> Bool {
        switch pattern {
        case .ascii(let needle):
            var text = text
            return text.withUTF8 { Self.contains($0, needle) }
        case .text(let needle):
            return text.lowercased().contains(needle)
        case .regex(let regex):
            return text.contains(regex)
        }
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard bytes.count >= count else { return false }
        let first = needle[0]
        var position = 0
        while position <= bytes.count - count {
            if lowerASCII(bytes[position]) == first {
                var matched = 1
                while matched < count, lowerASCII(bytes[position + matched]) == needle[matched] { matched += 1 }
                if matched == count { return true }
            }
            position += 1
        }
        return false
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
