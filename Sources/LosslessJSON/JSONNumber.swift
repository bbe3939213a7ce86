/// A JSON number kept as the exact text it was written with, so `12345678901234567890` and `1.10` survive a round
/// trip. Equality is textual: `1.10` and `1.1` are different documents, and an operator editing state must see that.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    /// Accepts only text that follows the JSON number grammar.
    public init?(text: String) {
        guard JSONNumber.isValid(Array(text.utf8)[...]) else { return nil }
        self.text = text
    }

    /// For the parser, which has already checked the grammar.
    init(validatedText: String) {
        self.text = validatedText
    }

    public init(_ value: Int) {
        self.text = String(value)
    }

    /// Finite values only; non-finite values have no JSON form and become `0`.
    public init(_ value: Double) {
        guard value.isFinite else {
            self.text = "0"
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            self.text = String(Int64(value))
        } else {
            self.text = "\(value)"
        }
    }

    public var description: String { text }

    /// The value as an `Int`, only when the text is an integer that fits exactly.
    public var intValue: Int? { Int(text) }

    public var doubleValue: Double? { Double(text) }

    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        func digit(_ i: Int) -> Bool { i < end && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        if index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(index) else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while digit(index) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { return false }
            while digit(index) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digit(index) else { return false }
            while digit(index) { index += 1 }
        }
        return index == end
    }
}
