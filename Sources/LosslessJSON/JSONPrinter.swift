extension JSONValue {
    /// The compact form: no whitespace at all.
    public func compact() -> String {
        String(decoding: compactBytes(), as: UTF8.self)
    }

    public func compactBytes() -> [UInt8] {
        var printer = JSONPrinter(pretty: false)
        printer.write(self, indent: 0)
        return printer.output
    }

    /// The pretty form: two-space indent, `"key": value`, `{}` and `[]` when empty, no trailing newline.
    /// Printing a parsed pretty document gives back the same bytes.
    public func pretty() -> String {
        String(decoding: prettyBytes(), as: UTF8.self)
    }

    public func prettyBytes() -> [UInt8] {
        var printer = JSONPrinter(pretty: true)
        printer.write(self, indent: 0)
        return printer.output
    }
}

struct JSONPrinter {
    let pretty: Bool
    var output: [UInt8] = []

    init(pretty: Bool) {
        self.pretty = pretty
        output.reserveCapacity(256)
    }

    mutating func write(_ value: JSONValue, indent: Int) {
        switch value {
        case .null: output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(true): output.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        case .bool(false): output.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        case .number(let number): output.append(contentsOf: number.text.utf8)
        case .string(let string): writeString(string)
        case .array(let array): writeArray(array, indent: indent)
        case .object(let object): writeObject(object, indent: indent)
        }
    }

    private mutating func newline(_ indent: Int) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private mutating func writeArray(_ array: [JSONValue], indent: Int) {
        output.append(UInt8(ascii: "["))
        guard !array.isEmpty else {
            output.append(UInt8(ascii: "]"))
            return
        }
        for (position, element) in array.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            if pretty { newline(indent + 1) }
            write(element, indent: indent + 1)
        }
        if pretty { newline(indent) }
        output.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ object: JSONObject, indent: Int) {
        output.append(UInt8(ascii: "{"))
        guard !object.isEmpty else {
            output.append(UInt8(ascii: "}"))
            return
        }
        for (position, member) in object.members.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            if pretty { newline(indent + 1) }
            writeString(member.key)
            output.append(UInt8(ascii: ":"))
            if pretty { output.append(0x20) }
            write(member.value, indent: indent + 1)
        }
        if pretty { newline(indent) }
        output.append(UInt8(ascii: "}"))
    }

    private mutating func writeString(_ string: JSONString) {
        output.append(UInt8(ascii: "\""))
        if let source = string.escapedSource {
            output.append(contentsOf: source.utf8)
        } else {
            JSONPrinter.appendEscaped(string.value, to: &output)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The printer's own escaping: only what JSON requires (quote, backslash, control characters); everything
    /// else, non-ASCII included, is written as UTF-8.
    static func appendEscaped(_ value: String, to output: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default:
                output.append(byte)
            }
        }
    }

    static func escaped(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
