import Foundation

/// Strings that are secrets by their look, whatever field holds them: a JWT, a PEM private key, a URL carrying a
/// password, an HTTP `Bearer`/`Basic` credential. Written apart from the client's rule on purpose: the emulator
/// checks the client, so it must not share its code.
enum SecretShapes {
    static func isSecret(_ text: String) -> Bool {
        if text.contains("-----BEGIN"), text.contains("PRIVATE KEY") { return true }
        let lower = text.lowercased()
        if lower.hasPrefix("bearer ") || lower.hasPrefix("basic ") { return true }
        return text.split(whereSeparator: \.isWhitespace).contains { word in
            isJWT(word) || hasURLPassword(word)
        }
    }

    /// Three base64url parts, the first a JSON header (`{"` encodes to `eyJ`).
    private static func isJWT(_ word: Substring) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        let base64URL = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
        return parts.count == 3 && word.hasPrefix("eyJ")
            && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(base64URL.contains) }
    }

    /// `scheme://user:password@host…`: a colon in the part between `://` and the last `@`.
    private static func hasURLPassword(_ word: Substring) -> Bool {
        guard let scheme = word.range(of: "://"), let at = word.range(of: "@", options: .backwards),
              scheme.upperBound < at.lowerBound
        else { return false }
        let userinfo = word[scheme.upperBound..<at.lowerBound]
        guard let colon = userinfo.firstIndex(of: ":") else { return false }
        let user = userinfo[..<colon]
        return !user.contains("/") && userinfo.index(after: colon) < userinfo.endIndex
    }
}
