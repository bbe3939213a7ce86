import LosslessJSON

// Tolerant readers for API fields. The API's shapes are partly [spec] or [guess], so a field that arrives as a
// number where a string was expected (or the reverse) is read rather than rejected.

extension JSONValue {
    /// `nil` for JSON `null`, so a present-but-null field reads like a missing one.
    var nonNull: JSONValue? {
        // `.none`, not `nil`: JSONValue is ExpressibleByNilLiteral, so `isNull ? nil : self` would give `.null`.
        isNull ? .none : self
    }

    /// A string, or a number's or boolean's text.
    var looseString: String? {
        switch self {
        case .string(let string): return string.value
        case .number(let number): return number.text
        case .bool(let bool): return bool ? "true" : "false"
        default: return nil
        }
    }

    /// A non-empty `looseString`.
    var nonEmptyString: String? {
        guard let text = looseString, !text.isEmpty else { return nil }
        return text
    }

    /// A boolean, or `"true"`/`"false"` (any case), or the numbers 1 and 0.
    var looseBool: Bool? {
        switch self {
        case .bool(let bool): return bool
        case .string(let string):
            switch string.value.lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0": return false
            default: return nil
            }
        case .number(let number):
            if number.text == "1" { return true }
            if number.text == "0" { return false }
            return nil
        default: return nil
        }
    }

    /// An integer, from an integral number (`12`, `12.0`) or a numeric string.
    var looseInt: Int? {
        switch self {
        case .number(let number): return Self.integer(fromNumberText: number.text)
        case .string(let string): return Self.integer(fromNumberText: string.value.trimmingSpaces)
        default: return nil
        }
    }

    private static func integer(fromNumberText text: String) -> Int? {
        if let int = Int(text) { return int }
        guard let double = Double(text), double.isFinite, double == double.rounded(), abs(double) < 9e15 else {
            return nil
        }
        return Int(double)
    }

    /// A finite number as a `Double`, or a numeric string (`1e400` and `"nan"` are not read).
    var looseDouble: Double? {
        let double: Double?
        switch self {
        case .number(let number): double = number.doubleValue
        case .string(let string): double = Double(string.value.trimmingSpaces)
        default: double = nil
        }
        return double.flatMap { $0.isFinite ? $0 : nil }
    }

    /// Strings from an array of strings (numbers read as text), or from one comma-separated string.
    var looseStringList: [String]? {
        switch self {
        case .array(let items): return items.compactMap(\.nonEmptyString)
        case .string(let string):
            return string.value.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        default: return nil
        }
    }
}

extension JSONObject {
    /// The first non-null value among `keys`, for fields the API spells more than one way (`flow_id` / `flow`).
    func first(_ keys: String...) -> JSONValue? {
        for key in keys {
            if let value = self[key]?.nonNull { return value }
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// Reading list answers. Lists are bare arrays [client]; an object wrapping exactly one array (or one under
/// `items`, `data` or `results`) is accepted too, in case an endpoint wraps its list.
public enum ListAnswer {
    public static func elements(of value: JSONValue) -> [JSONValue]? {
        if let array = value.arrayValue { return array }
        guard let object = value.objectValue else { return nil }
        for key in ["items", "data", "results"] {
            if let array = object[key]?.arrayValue { return array }
        }
        let arrays = object.compactMap { $0.value.arrayValue }
        return arrays.count == 1 ? arrays[0] : nil
    }
}
