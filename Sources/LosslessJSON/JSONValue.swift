/// A JSON document that keeps what Foundation's JSON loses: each number's text, object key order, and the string
/// escapes the source used. Parse it, edit it by path, print it back, and only what was edited changes.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(JSONString)
    case array([JSONValue])
    case object(JSONObject)

    public init(_ string: String) { self = .string(JSONString(string)) }
    public init(_ int: Int) { self = .number(JSONNumber(int)) }
    public init(_ bool: Bool) { self = .bool(bool) }
    public init(_ double: Double) { self = .number(JSONNumber(double)) }
    public init(_ array: [JSONValue]) { self = .array(array) }
    public init(_ object: JSONObject) { self = .object(object) }
}

extension JSONValue {
    public var stringValue: String? {
        if case .string(let string) = self { return string.value }
        return nil
    }

    public var numberText: String? {
        if case .number(let number) = self { return number.text }
        return nil
    }

    public var intValue: Int? {
        if case .number(let number) = self { return number.intValue }
        return nil
    }

    public var doubleValue: Double? {
        if case .number(let number) = self { return number.doubleValue }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    public subscript(index: Int) -> JSONValue? {
        guard case .array(let array) = self, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// A short name of the value's kind, for error messages ("expected an object, found an array").
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
    public init(stringLiteral value: String) { self = .string(JSONString(value)) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}

extension JSONValue: CustomStringConvertible {
    /// The compact form, so interpolating a value into text gives valid JSON.
    public var description: String { compact() }
}
