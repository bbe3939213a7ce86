/// Writes JSON text the way the Hotglue backend (Python) does with `json.dumps` defaults: `", "` and `": "`
/// separators, non-ASCII escaped as `\uXXXX`. The fixture is written as text, not built as a `JSONValue`, so the
/// parser meets the spacing and escapes a real API response has, and the printer under test does not make its own
/// input.
struct PythonStyleJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One entry per open container: whether it already holds a member, so the next one needs a separator.
    private var containerHasMembers: [Bool] = []
    private var afterKey = false

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func object(_ writeMembers: (inout PythonStyleJSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        writeMembers(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ writeElements: (inout PythonStyleJSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        writeElements(&self)
        close(UInt8(ascii: "]"))
    }

    mutating func key(_ key: String) {
        separateFromPreviousMember()
        appendQuoted(key)
        bytes.append(contentsOf: Array(": ".utf8))
        afterKey = true
    }

    mutating func string(_ value: String) {
        beginValue()
        appendQuoted(value)
    }

    /// A number, `true`, `false` or `null`, written exactly as given: numbers keep their text (`1.10`,
    /// `12345678901234567890`), which is the point of a lossless parser.
    mutating func literal(_ text: String) {
        beginValue()
        bytes.append(contentsOf: Array(text.utf8))
    }

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        containerHasMembers.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        containerHasMembers.removeLast()
        bytes.append(bracket)
    }

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else {
            separateFromPreviousMember()
        }
    }

    private mutating func separateFromPreviousMember() {
        guard let last = containerHasMembers.indices.last else { return }
        if containerHasMembers[last] { bytes.append(contentsOf: Array(", ".utf8)) }
        containerHasMembers[last] = true
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: Array(#"\""#.utf8))
            case "\\": bytes.append(contentsOf: Array(#"\\"#.utf8))
            case "\n": bytes.append(contentsOf: Array(#"\n"#.utf8))
            case "\t": bytes.append(contentsOf: Array(#"\t"#.utf8))
            case " "..."~": bytes.append(UInt8(scalar.value))
            default: appendUnicodeEscapes(scalar)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX`, as a surrogate pair above the BMP, as Python's `ensure_ascii` writes it.
    private mutating func appendUnicodeEscapes(_ scalar: Unicode.Scalar) {
        for unit in String(scalar).utf16 {
            let hex = String(unit, radix: 16)
            bytes.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
        }
    }
}
