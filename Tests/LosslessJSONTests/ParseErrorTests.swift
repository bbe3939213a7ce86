import LosslessJSON
import Testing

@Suite("Parse errors")
struct ParseErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int
        let column: Int
        let reason: String
        var testDescription: String { reason }
    }

    static let cases: [Case] = [
        Case(text: "", line: 1, column: 1, reason: "expected a JSON value, found the end of the text"),
        Case(text: "{\n  \"a\": 1,\n}", line: 3, column: 1, reason: "expected a quoted key, found '}'"),
        Case(text: "{\"a\" 1}", line: 1, column: 6, reason: "expected ':' after the key \"a\", found '1'"),
        Case(text: "[1 2]", line: 1, column: 4, reason: "expected ',' or ']' after an array element, found '2'"),
        Case(text: "{\"a\":1 \"b\":2}", line: 1, column: 8, reason: "expected ',' or '}' after an object member, found '\"'"),
        Case(text: "{\"a\":1,\"a\":2}", line: 1, column: 8, reason: "duplicate key \"a\" in the same object"),
        Case(text: "[01]", line: 1, column: 2, reason: "a number cannot have a leading zero"),
        Case(text: "[1.]", line: 1, column: 4, reason: "expected a digit after the decimal point"),
        Case(text: "\"abc", line: 1, column: 1, reason: "unterminated string"),
        Case(text: "\"a\tb\"", line: 1, column: 3, reason: "a control character (0x9) must be escaped inside a string"),
        Case(text: "\"\\x\"", line: 1, column: 2, reason: "invalid escape '\\x'"),
        Case(text: "\"\\ud800\"", line: 1, column: 2, reason: "lone high surrogate \\uD800 without its low half"),
        Case(text: "\"\\udc00\"", line: 1, column: 2, reason: "lone low surrogate \\uDC00"),
        Case(text: "\"\\ud800\\u0041\"", line: 1, column: 2, reason: "high surrogate \\uD800 is not followed by a low surrogate"),
        Case(text: "\"\\u12\"", line: 1, column: 2, reason: "\\u needs four hex digits"),
        Case(text: "tru", line: 1, column: 1, reason: "expected 'true'"),
        Case(text: "[1] x", line: 1, column: 5, reason: "unexpected 'x' after the end of the document"),
        Case(text: "{\"é\":\n  nope}", line: 2, column: 3, reason: "expected 'null'"),
        Case(text: "[1,]", line: 1, column: 4, reason: "expected a JSON value, found ']'"),
        Case(text: "// comment\n1", line: 1, column: 1, reason: "expected a JSON value, found '/'"),
    ]

    @Test("errors say line, column and what was expected", arguments: cases)
    func errors(_ example: Case) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(example.text) }
        do {
            _ = try JSONValue.parse(example.text)
        } catch {
            #expect(error.reason == example.reason)
            #expect(error.line == example.line)
            #expect(error.column == example.column)
            #expect(error.description == "line \(example.line), column \(example.column): \(example.reason)")
        }
    }

    @Test("invalid UTF-8 is an error with its offset")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        #expect(throws: JSONParseError(line: 1, column: 3, offset: 2, reason: "invalid UTF-8 in a string")) {
            try JSONValue.parse(bytes: bytes)
        }
    }

    @Test("nesting deeper than the limit is refused, not a stack overflow")
    func depthLimit() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try JSONValue.parse(ok)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        do {
            _ = try JSONValue.parse(tooDeep)
            Issue.record("513 levels parsed")
        } catch {
            #expect(error.reason == "nesting deeper than the limit of 512 levels")
        }
    }

    @Test("documents over the size limit are refused")
    func sizeLimit() {
        do {
            _ = try JSONValue.parse("[1,2,3]", limits: JSONLimits(maxDepth: 10, maxBytes: 4))
            Issue.record("parsed over the limit")
        } catch {
            #expect(error.reason == "document is 7 bytes, more than the limit of 4")
        }
    }

    @Test("random garbage never crashes or hangs")
    func garbage() {
        var random = RandomDocument(seed: 7)
        let pieces = ["{", "}", "[", "]", ",", ":", "\"", "\\", "u", "d8", "1", "-", ".", "e", "true", "nul", " ", "\u{0}", "é"]
        for _ in 0..<3000 {
            let text = (0..<random.below(20)).map { _ in pieces[random.below(pieces.count)] }.joined()
            _ = try? JSONValue.parse(text)
        }
    }
}
