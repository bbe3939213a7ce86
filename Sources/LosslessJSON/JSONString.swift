/// A JSON string. `value` is the decoded text; when the string was parsed, `escapedSource` keeps the exact text
/// between its quotes (for example `caf\u00e9`), so printing gives back what the API sent. Equality and hashing
/// use the decoded value only.
public struct JSONString: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let value: String
    /// The source text between the quotes, kept only when it differs from how the printer would escape `value`.
    let escapedSource: String?

    public init(_ value: String) {
        self.value = value
        self.escapedSource = nil
    }

    init(value: String, escapedSource: String?) {
        self.value = value
        self.escapedSource = escapedSource
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { value }

    public static func == (lhs: JSONString, rhs: JSONString) -> Bool {
        lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
