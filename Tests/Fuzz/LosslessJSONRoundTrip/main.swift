// libFuzzer target: any bytes through LosslessJSON's parser and printers (Tests/Fuzz/run.sh builds and runs it).
//
// For any input, parsing either throws a JSONParseError or gives a value v, and then:
// - compact: p1 = v.compactBytes() is the input without the whitespace between tokens (the parser keeps number
//   text, string escapes and key order), parses again, equals v, and prints to p1 again;
// - pretty: q1 = v.prettyBytes() parses again, equals v, prints to q1 again, and compact-prints to p1;
// - the diff of v with itself is empty.
// A failed property stops the process (fatalError), which libFuzzer reports as a crash with the input saved.

import LosslessJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let value: JSONValue
    do {
        value = try JSONValue.parse(bytes: input)
    } catch {
        return 0  // rejected input: the typed throw already says it is a JSONParseError
    }
    checkCompactForm(of: value, input: input)
    checkPrettyForm(of: value)
    require(JSONDiff.changes(from: value, to: value).isEmpty, "the diff of a value with itself is not empty")
    return 0
}

private func checkCompactForm(of value: JSONValue, input: [UInt8]) {
    let compact = value.compactBytes()
    require(compact == withoutInsignificantWhitespace(input),
            "compact print is not the input without its whitespace: \(show(compact))")
    let reparsed = reparse(compact, "compact print")
    require(reparsed == value, "compact print parses to a different value")
    require(reparsed.compactBytes() == compact, "compact print → parse → compact print changed the bytes")
}

private func checkPrettyForm(of value: JSONValue) {
    let pretty = value.prettyBytes()
    let reparsed = reparse(pretty, "pretty print")
    require(reparsed == value, "pretty print parses to a different value")
    require(reparsed.prettyBytes() == pretty, "pretty print → parse → pretty print changed the bytes")
    require(reparsed.compactBytes() == value.compactBytes(), "pretty print → parse → compact print differs")
}

private func reparse(_ bytes: [UInt8], _ what: String) -> JSONValue {
    do {
        return try JSONValue.parse(bytes: bytes)
    } catch {
        fatalError("\(what) does not parse again (\(error)): \(show(bytes))")
    }
}

/// The bytes of a valid JSON document without the whitespace between its tokens (whitespace inside strings stays).
private func withoutInsignificantWhitespace(_ document: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(document.count)
    var inString = false
    var escaped = false
    for byte in document {
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            result.append(byte)
            continue
        }
        switch byte {
        case 0x20, 0x0A, 0x0D, 0x09: continue
        case UInt8(ascii: "\""): inString = true
        default: break
        }
        result.append(byte)
    }
    return result
}

private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

private func show(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.prefix(300), as: UTF8.self)
}
