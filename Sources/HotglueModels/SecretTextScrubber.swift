/// Masks secrets inside free text: query parameters (`token=…`), header lines (`x-api-key: …`), bearer tokens and
/// JSON members with secret keys (`"client_secret": "…"`). A character scanner rather than regular expressions, so
/// it runs anywhere without Foundation.
enum SecretTextScrubber {
    static func scrub(_ text: String) -> String {
        mayHoldSecret(text) ? scrubFully(text) : text
    }

    /// Every word the full scan masks after contains one of these once lower-cased and stripped of `_ - . `
    /// (they cover `SecretMasking`'s exact names and secret parts, `bearer` and a JWT's `eyJ`).
    static let triggers: [[UInt8]] = [
        "eyj", "bearer", "token", "secret", "apikey", "passw", "pwd", "privatekey", "auth", "cookie", "passphrase",
        "signingkey", "connectionstring", "dsn", "credential", "jwt", "encryptionkey", "sessionkey",
    ].map { Array($0.utf8) }

    /// A byte-level look that rules out most log lines at once (the full scan works on `Character`s and costs
    /// tens of microseconds a line). Conservative: any non-ASCII byte sends the text to the full scan, since
    /// Unicode lower-casing can turn a non-ASCII letter into an ASCII one.
    static func mayHoldSecret(_ text: String) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return true
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded.append(byte + 32)
            default: folded.append(byte)
            }
        }
        return triggers.contains { trigger in
            guard folded.count >= trigger.count else { return false }
            return (0...(folded.count - trigger.count)).contains { start in
                folded[start] == trigger[0] && folded[start..<start + trigger.count].elementsEqual(trigger)
            }
        }
    }

    static func scrubFully(_ text: String) -> String {
        var characters = maskingJWTs(Array(text))
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            // A word that may be a key: letters, digits, `_`, `-`.
            if isKeyCharacter(characters[index]), index == 0 || !isKeyCharacter(characters[index - 1]) {
                var end = index
                while end < characters.count, isKeyCharacter(characters[end]) { end += 1 }
                let word = String(characters[index..<end])
                output.append(contentsOf: characters[index..<end])
                index = end
                if word.lowercased() == "bearer", index < characters.count, characters[index] == " " {
                    output.append(" ")
                    index = skipValue(in: characters, from: index + 1, quoted: false)
                    output.append(contentsOf: SecretMasking.mask)
                    continue
                }
                guard SecretMasking.isSecretKey(word) else { continue }
                // Optional closing quote of a JSON key, then `=`, `:` or `": "`.
                var cursor = index
                if cursor < characters.count, characters[cursor] == "\"" { cursor += 1 }
                while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
                guard cursor < characters.count, characters[cursor] == "=" || characters[cursor] == ":" else {
                    continue
                }
                cursor += 1
                while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
                let quoted = cursor < characters.count && characters[cursor] == "\""
                var valueStart = quoted ? cursor + 1 : cursor
                // `Authorization: Bearer abc`: keep the scheme, mask the credential after it.
                let scheme = skipValue(in: characters, from: valueStart, quoted: false)
                if Self.authSchemes.contains(String(characters[valueStart..<scheme]).lowercased()),
                    scheme < characters.count, characters[scheme] == " "
                {
                    valueStart = scheme + 1
                }
                let valueEnd = skipValue(in: characters, from: valueStart, quoted: quoted)
                guard valueEnd > valueStart else { continue }
                output.append(contentsOf: characters[index..<valueStart])
                output.append(contentsOf: SecretMasking.mask)
                index = valueEnd
                continue
            }
            output.append(characters[index])
            index += 1
        }
        characters = output
        return String(characters)
    }

    /// JWTs anywhere (`eyJ…`, base64url segments joined by two dots), even without a key naming them.
    private static func maskingJWTs(_ characters: [Character]) -> [Character] {
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let atWordStart = index == 0 || !isBase64URL(characters[index - 1])
            if atWordStart, index + 3 <= characters.count, String(characters[index..<index + 3]) == "eyJ" {
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

    private static func isBase64URL(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
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
