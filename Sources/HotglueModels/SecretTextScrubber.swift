/// Masks secrets inside free text: the value after a secret key name (`token=…`, `x-api-key: …`,
/// `"client_secret": "…"`), and every secret shape (`SecretValueShapes`: JWTs, PEM keys, URL passwords, `Bearer`
/// and `Basic` credentials). A character scanner rather than regular expressions, so it runs anywhere without
/// Foundation.
enum SecretTextScrubber {
    static func scrub(_ text: String) -> String {
        mayHoldSecret(text) ? scrubFully(text) : text
    }

    /// A byte-level look that rules out most log lines at once (the full scan works on `Character`s and costs
    /// tens of microseconds a line; a page of 1,000 log lines took 59 ms before this check). It answers false only
    /// when the full scan could not change the text:
    /// - no secret shape can be there (`SecretValueShapes.mayHoldShape`);
    /// - no `=` or `:` follows a word that, joined and lower-cased, contains one of `SecretKeyNames`' secret
    ///   spellings (every name `isSecretKey` calls secret contains one, by the way its table is built).
    /// Any non-ASCII byte answers true, since Unicode lower-casing can turn a non-ASCII letter into an ASCII one.
    static func mayHoldSecret(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            SecretValueShapes.mayHoldShape(bytes) || hasSecretKeyBeforeSeparator(bytes)
        }
    }

    private static func hasSecretKeyBeforeSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var folded: [UInt8] = []
        for index in bytes.indices where bytes[index] == UInt8(ascii: "=") || bytes[index] == UInt8(ascii: ":") {
            // Walk back as the full scan reads forward: word, optional closing quote, spaces, separator.
            var end = index
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            if end > 0, bytes[end - 1] == UInt8(ascii: "\"") { end -= 1 }
            var start = end
            while start > 0, isKeyByte(bytes[start - 1]) { start -= 1 }
            guard start < end else { continue }
            folded.removeAll(keepingCapacity: true)
            for byte in bytes[start..<end] where byte != UInt8(ascii: "_") && byte != UInt8(ascii: "-") {
                folded.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
            if SecretKeyNames.joinedTriggers.contains(where: { contains(folded, $0) }) { return true }
        }
        return false
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return byte >= 0x80
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start] == needle[0] && haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }

    static func scrubFully(_ text: String) -> String {
        let characters = SecretValueShapes.masked(Array(text))
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            // A word that may be a key: letters, digits, `_`, `-`.
            guard isKeyCharacter(characters[index]), index == 0 || !isKeyCharacter(characters[index - 1]) else {
                output.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isKeyCharacter(characters[end]) { end += 1 }
            let word = String(characters[index..<end])
            output.append(contentsOf: characters[index..<end])
            index = end
            guard SecretMasking.isSecretKey(word) else { continue }
            // Optional closing quote of a JSON key, then `=`, `:` or `": "`.
            var cursor = index
            if cursor < characters.count, characters[cursor] == "\"" { cursor += 1 }
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            guard cursor < characters.count, characters[cursor] == "=" || characters[cursor] == ":" else { continue }
            cursor += 1
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            let quoted = cursor < characters.count && characters[cursor] == "\""
            var valueStart = quoted ? cursor + 1 : cursor
            // `Authorization: Bearer abc`: keep the scheme, mask the credential after it.
            let scheme = skipValue(in: characters, from: valueStart, quoted: false)
            if authSchemes.contains(String(characters[valueStart..<scheme]).lowercased()),
                scheme < characters.count, characters[scheme] == " "
            {
                valueStart = scheme + 1
            }
            let valueEnd = skipValue(in: characters, from: valueStart, quoted: quoted)
            guard valueEnd > valueStart else { continue }
            output.append(contentsOf: characters[index..<valueStart])
            output.append(contentsOf: SecretMasking.mask)
            index = valueEnd
        }
        return String(output)
    }

    private static let authSchemes: Set<String> = ["bearer", "basic", "token", "digest"]

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
    }

    /// The end of a value: the closing quote (not consumed) for a quoted value, else the first separator.
    private static func skipValue(in characters: [Character], from start: Int, quoted: Bool) -> Int {
        var index = start
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\\" {
                    index += 2
                    continue
                }
                if character == "\"" { break }
            } else if character == "&" || character == " " || character == "," || character == ";"
                || character == "\n" || character == "\"" || character == "}" || character == "'"
            {
                break
            }
            index += 1
        }
        return min(index, characters.count)
    }
}
