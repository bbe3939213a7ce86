extension JSONValue {
    public static func parse(_ text: String, limits: JSONLimits = .default) throws(JSONParseError) -> JSONValue {
        var text = text
        let result: Result<JSONValue, JSONParseError> = text.withUTF8 { bytes in
            Result { () throws(JSONParseError) -> JSONValue in try JSONParser.parse(bytes, limits: limits) }
        }
        return try result.get()
    }

    public static func parse(bytes: [UInt8], limits: JSONLimits = .default) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSONValue in try JSONParser.parse(buffer, limits: limits) }
        }
        return try result.get()
    }
}

/// A recursive-descent parser over UTF-8 bytes. Strict RFC 8259: no comments, no trailing commas, no duplicate
/// keys, no lone surrogates, no invalid UTF-8, bounded depth and size.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: JSONLimits
    private var index = 0
    private var depth = 0

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) throws(JSONParseError) -> JSONValue {
        guard bytes.count <= limits.maxBytes else {
            throw JSONParseError(line: 1, column: 1, offset: 0,
                                 reason: "document is \(bytes.count) bytes, more than the limit of \(limits.maxBytes)")
        }
        var parser = JSONParser(bytes: bytes, limits: limits)
        parser.skipWhitespace()
        guard parser.index < bytes.count else { throw parser.error("expected a JSON value, found the end of the text") }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
        }
        return value
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    private func error(_ reason: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError.at(offset ?? index, in: bytes, reason)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of the text" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("expected a JSON value, found the end of the text") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("expected a JSON value, found \(describeCurrent())")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        let text = literal.utf8Start
        guard index + count <= bytes.count else { throw error("expected '\(literal)'", at: start) }
        for offset in 0..<count where bytes[index + offset] != text[offset] {
            throw error("expected '\(literal)'", at: start)
        }
        index += count
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > limits.maxDepth {
            throw error("nesting deeper than the limit of \(limits.maxDepth) levels")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var object = JSONObject()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a quoted key, found \(describeCurrent())")
            }
            let keyOffset = index
            let key = try parseString()
            if object.contains(key.value) {
                throw error("duplicate key \"\(key.value)\" in the same object", at: keyOffset)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key.value)\", found \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            object.appendNew(key: key, value: value)
            skipWhitespace()
            guard index < bytes.count else { throw error("expected ',' or '}' after an object member, found the end of the text") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(object)
            }
            throw error("expected ',' or '}' after an object member, found \(describeCurrent())")
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(array)
        }
        while true {
            skipWhitespace()
            array.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("expected ',' or ']' after an array element, found the end of the text") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(array)
            }
            throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = index
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { throw error("expected a digit in the number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw error("a number cannot have a leading zero", at: start) }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { throw error("expected a digit after the decimal point") }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { throw error("expected a digit in the exponent") }
            while isDigit(index) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONNumber(validatedText: text)
    }

    private mutating func parseString() throws(JSONParseError) -> JSONString {
        let open = index
        index += 1
        let contentStart = index
        var sawEscape = false
        // Fast path: find the closing quote; most strings have no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                sawEscape = true
                index += 2
                continue
            }
            if byte < 0x20 { throw error("a control character (0x\(String(byte, radix: 16))) must be escaped inside a string") }
            index += 1
        }
        guard index < bytes.count else { throw error("unterminated string", at: open) }
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
        index += 1
        if !sawEscape {
            guard let value = String(validating: content, as: UTF8.self) else {
                throw error("invalid UTF-8 in a string", at: contentStart + JSONParser.firstInvalidUTF8(content))
            }
            return JSONString(value)
        }
        let value = try decodeEscapes(content, baseOffset: contentStart)
        let source = String(decoding: content, as: UTF8.self)
        let canonical = JSONPrinter.escaped(value)
        return JSONString(value: value, escapedSource: canonical == source ? nil : source)
    }

    private func decodeEscapes(_ content: UnsafeBufferPointer<UInt8>, baseOffset: Int) throws(JSONParseError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(content.count)
        var i = 0
        while i < content.count {
            let byte = content[i]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                i += 1
                continue
            }
            guard i + 1 < content.count else { throw error("unfinished escape", at: baseOffset + i) }
            let escape = content[i + 1]
            switch escape {
            case UInt8(ascii: "\""): output.append(0x22)
            case UInt8(ascii: "\\"): output.append(0x5C)
            case UInt8(ascii: "/"): output.append(0x2F)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let high = try hexQuad(content, i + 2, baseOffset: baseOffset)
                var scalarValue = UInt32(high)
                var consumed = 6
                if high >= 0xD800 && high <= 0xDBFF {
                    guard i + 7 < content.count,
                          content[i + 6] == UInt8(ascii: "\\"), content[i + 7] == UInt8(ascii: "u") else {
                        throw error("lone high surrogate \\u\(String(high, radix: 16, uppercase: true)) without its low half",
                                    at: baseOffset + i)
                    }
                    let low = try hexQuad(content, i + 8, baseOffset: baseOffset)
                    guard low >= 0xDC00 && low <= 0xDFFF else {
                        throw error("high surrogate \\u\(String(high, radix: 16, uppercase: true)) is not followed by a low surrogate",
                                    at: baseOffset + i)
                    }
                    scalarValue = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    consumed = 12
                } else if high >= 0xDC00 && high <= 0xDFFF {
                    throw error("lone low surrogate \\u\(String(high, radix: 16, uppercase: true))", at: baseOffset + i)
                }
                guard let scalar = Unicode.Scalar(scalarValue) else {
                    throw error("invalid Unicode escape", at: baseOffset + i)
                }
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += consumed
                continue
            default:
                throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'", at: baseOffset + i)
            }
            i += 2
        }
        guard let value = String(validating: output, as: UTF8.self) else {
            throw error("invalid UTF-8 in a string", at: baseOffset)
        }
        return value
    }

    private func hexQuad(_ content: UnsafeBufferPointer<UInt8>, _ start: Int, baseOffset: Int) throws(JSONParseError) -> UInt16 {
        guard start + 4 <= content.count else { throw error("\\u needs four hex digits", at: baseOffset + start - 2) }
        var value: UInt16 = 0
        for offset in 0..<4 {
            let byte = content[start + offset]
            let digit: UInt16
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt16(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt16(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt16(byte - UInt8(ascii: "A") + 10)
            default: throw error("\\u needs four hex digits", at: baseOffset + start - 2)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Offset of the first byte that breaks UTF-8, for a precise error position.
    static func firstInvalidUTF8(_ content: UnsafeBufferPointer<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = content.makeIterator()
        var offset = 0
        var consumedBefore = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumedBefore = offset
                offset += UTF8.width(scalar)
            case .emptyInput:
                return consumedBefore
            case .error:
                return offset
            }
        }
    }
}
