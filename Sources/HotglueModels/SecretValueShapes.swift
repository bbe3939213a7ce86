/// Secrets recognised by their shape, whatever key or words surround them:
/// - a JWT (`eyJ…`, three base64url parts joined by two dots): wholly masked;
/// - a PEM private key (`-----BEGIN … PRIVATE KEY-----` … `-----END … PRIVATE KEY-----`): the body between the
///   two marker lines is masked, so the reader still sees that it is a private key; with no end marker, everything
///   after the begin marker;
/// - a URL with a password in its userinfo (`postgres://app:pw@db/x`): only the password is masked
///   (`postgres://app:••••••@db/x`), so the reader still sees the user, host and database;
/// - an HTTP credential: `Bearer <anything>` and `Basic <base64 of user:password>`: the credential is masked, the
///   scheme kept (a `Basic` followed by a word that is not such base64, as in "Basic plan", is left alone).
///
/// Under a secret key name the whole value is masked anyway (`SecretKeyNames`); shapes catch secrets under
/// innocent names (`webhook_target`, a log line, an error message).
enum SecretValueShapes {
    /// The text with every secret shape masked (the same text when there is none).
    static func masked(_ text: String) -> String {
        mayHoldShape(text) ? String(masked(Array(text))) : text
    }

    static func masked(_ characters: [Character]) -> [Character] {
        maskingCredentials(maskingURLPasswords(maskingPEMBodies(maskingJWTs(characters))))
    }

    // MARK: The quick byte-level check

    /// False only when no shape can be in the text: no `eyJ`, no `-----BEGIN`, no `bearer`/`basic` in any case,
    /// and no `://` followed by an `@` before the next space or quote. Any non-ASCII byte answers true (Unicode
    /// case folding can make ASCII letters out of others).
    static func mayHoldShape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayHoldShape($0) }
    }

    static func mayHoldShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 { return true }
            switch byte {
            case UInt8(ascii: "e"):
                if matches(bytes, at: index, "eyJ", caseInsensitive: false) { return true }
            case UInt8(ascii: "-"):
                if matches(bytes, at: index, "-----BEGIN", caseInsensitive: false) { return true }
            case UInt8(ascii: "b"), UInt8(ascii: "B"):
                if matches(bytes, at: index, "bearer", caseInsensitive: true)
                    || matches(bytes, at: index, "basic", caseInsensitive: true)
                {
                    return true
                }
            case UInt8(ascii: ":"):
                if matches(bytes, at: index, "://", caseInsensitive: false) {
                    var cursor = index + 3
                    while cursor < count, !endsURL(bytes[cursor]) {
                        if bytes[cursor] == UInt8(ascii: "@") { return true }
                        cursor += 1
                    }
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ word: StaticString,
                        caseInsensitive: Bool) -> Bool {
        let length = word.utf8CodeUnitCount
        guard start + length <= bytes.count else { return false }
        let pattern = word.utf8Start
        for offset in 0..<length {
            var byte = bytes[start + offset]
            if caseInsensitive, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != pattern[offset] { return false }
        }
        return true
    }

    private static func endsURL(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte < 0x20
    }

    // MARK: JWTs

    private static func maskingJWTs(_ characters: [Character]) -> [Character] {
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let atWordStart = index == 0 || !isBase64URL(characters[index - 1])
            if atWordStart, starts(characters, at: index, with: "eyJ") {
                var end = index
                var dots = 0
                while end < characters.count, isBase64URL(characters[end]) || characters[end] == "." {
                    if characters[end] == "." { dots += 1 }
                    end += 1
                }
                if dots == 2 {
                    output.append(contentsOf: SecretMasking.mask)
                    index = end
                    continue
                }
            }
            output.append(characters[index])
            index += 1
        }
        return output
    }

    // MARK: PEM private keys

    private static func maskingPEMBodies(_ characters: [Character]) -> [Character] {
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            if starts(characters, at: index, with: "-----BEGIN "),
                let labelEnd = find("-----", in: characters, from: index + 11),
                String(characters[(index + 11)..<labelEnd]).contains("PRIVATE")
            {
                let bodyStart = labelEnd + 5
                output.append(contentsOf: characters[index..<bodyStart])
                output.append(contentsOf: SecretMasking.mask)
                index = find("-----END", in: characters, from: bodyStart) ?? characters.count
                continue
            }
            output.append(characters[index])
            index += 1
        }
        return output
    }

    // MARK: URL passwords

    private static func maskingURLPasswords(_ characters: [Character]) -> [Character] {
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            guard starts(characters, at: index, with: "://"), let password = urlPassword(in: characters, after: index + 3)
            else {
                output.append(characters[index])
                index += 1
                continue
            }
            output.append(contentsOf: characters[index..<password.lowerBound])
            output.append(contentsOf: SecretMasking.mask)
            index = password.upperBound
        }
        return output
    }

    /// The password of `user:password@host…` starting at `start`: from the first `:` to the last `@` before the
    /// URL ends (a space or quote), so an unencoded `@` or `/` inside the password stays masked. `host:8080/…@…`
    /// is a port, not a password.
    private static func urlPassword(in characters: [Character], after start: Int) -> Range<Int>? {
        var end = start
        var colon: Int?
        var lastAt: Int?
        while end < characters.count, !endsURL(characters[end]) {
            let character = characters[end]
            if colon == nil {
                if character == ":" { colon = end }
                if character == "/" || character == "?" || character == "#" || character == "@" { return nil }
            } else if character == "@" {
                lastAt = end
            }
            end += 1
        }
        guard let colon, let lastAt, lastAt > colon + 1 else { return nil }
        let password = (colon + 1)..<lastAt
        if let slash = characters[password].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }),
            characters[(colon + 1)..<slash].allSatisfy({ $0.isASCII && $0.isNumber })
        {
            return nil
        }
        return password
    }

    private static func endsURL(_ character: Character) -> Bool {
        character == " " || character == "\"" || character == "'" || character.isNewline
            || (character.isASCII && (character.asciiValue ?? 0) < 0x20)
    }

    // MARK: HTTP credentials

    private static func maskingCredentials(_ characters: [Character]) -> [Character] {
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let atWordStart = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            if atWordStart, let scheme = authScheme(in: characters, at: index) {
                var credentialStart = index + scheme.count
                while credentialStart < characters.count, characters[credentialStart] == " " { credentialStart += 1 }
                let credentialEnd = credentialEndIndex(in: characters, from: credentialStart)
                let credential = String(characters[credentialStart..<credentialEnd])
                // `bearer: x` is a key, not a credential; a credential starts like a token does.
                if credentialStart > index + scheme.count, let first = credential.first,
                    first.isLetter || first.isNumber || "-._~+/".contains(first), credential != SecretMasking.mask,
                    scheme == "bearer" || isBasicCredential(credential)
                {
                    output.append(contentsOf: characters[index..<credentialStart])
                    output.append(contentsOf: SecretMasking.mask)
                    index = credentialEnd
                    continue
                }
            }
            output.append(characters[index])
            index += 1
        }
        return output
    }

    private static func authScheme(in characters: [Character], at index: Int) -> String? {
        for scheme in ["bearer", "basic"] {
            let end = index + scheme.count
            guard end < characters.count, characters[end] == " " else { continue }
            if String(characters[index..<end]).lowercased() == scheme { return scheme }
        }
        return nil
    }

    private static func credentialEndIndex(in characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\"" || character == "'" || character == "," || character == ";"
                || character == "&" || character == "}" || character.isNewline
            {
                break
            }
            index += 1
        }
        return index
    }

    /// `Basic` credentials are base64 of `user:password`: decoding gives printable text with a colon (an English
    /// word after "Basic" decodes to bytes that are not).
    static func isBasicCredential(_ text: String) -> Bool {
        guard text.count >= 4 else { return false }
        var bits: UInt32 = 0
        var bitCount = 0
        var sawColon = false
        for character in text {
            if character == "=" { break }
            guard let value = base64Value(character) else { return false }
            bits = (bits << 6) | value
            bitCount += 6
            if bitCount >= 8 {
                bitCount -= 8
                let byte = (bits >> UInt32(bitCount)) & 0xFF
                bits &= (1 << UInt32(bitCount)) - 1
                guard (0x20...0x7E).contains(byte) else { return false }
                if byte == UInt32(UInt8(ascii: ":")) { sawColon = true }
            }
        }
        return sawColon
    }

    private static func base64Value(_ character: Character) -> UInt32? {
        guard let ascii = character.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt32(ascii - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt32(ascii - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(ascii - UInt8(ascii: "0")) + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): return 63
        default: return nil
        }
    }

    // MARK: Helpers

    private static func isBase64URL(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
    }

    private static func starts(_ characters: [Character], at index: Int, with prefix: String) -> Bool {
        var cursor = index
        for character in prefix {
            guard cursor < characters.count, characters[cursor] == character else { return false }
            cursor += 1
        }
        return true
    }

    private static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            if starts(characters, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }
}
