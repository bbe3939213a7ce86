import Foundation
import LosslessJSON

/// What an error answer's body says, whatever its form: a Chalice body (`{"Code", "Message"}`), another JSON
/// error shape (`{"message"}`, `{"error"}`, `{"errorMessage"}`), an HTML page (its title or first heading, never
/// the page), plain text (its first line) or nothing. All text is secret-masked and kept short.
public struct ErrorBody: Hashable, Sendable {
    public var code: String?
    public var message: String?
    /// True when the body was an HTML page.
    public var wasHTML: Bool

    static let maxMessageLength = 200

    public init(code: String? = nil, message: String? = nil, wasHTML: Bool = false) {
        self.code = code
        self.message = message
        self.wasHTML = wasHTML
    }

    public init(bytes: [UInt8], contentType: String? = nil) {
        self.init()
        let text = String(decoding: bytes.prefix(256 * 1024), as: UTF8.self).trimmingSpaces
        guard !text.isEmpty else { return }
        let looksLikeHTML =
            contentType?.lowercased().contains("html") == true || text.hasPrefix("<")
        if looksLikeHTML {
            wasHTML = true
            message = HTMLSummary.summarize(text).map(Self.clean)
            return
        }
        if let json = try? JSONValue.parse(text) {
            readJSON(json)
            if code != nil || message != nil { return }
        }
        message = Self.clean(text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? text)
    }

    private mutating func readJSON(_ json: JSONValue) {
        if let string = json.stringValue {
            message = Self.clean(string)
            return
        }
        guard let object = json.objectValue else { return }
        code = object.first("Code", "code", "errorType", "__type", "error_code")?.nonEmptyString.map(Self.clean)
        let messageValue = object.first("Message", "message", "errorMessage", "error_description", "detail", "error")
        if let text = messageValue?.nonEmptyString {
            message = Self.clean(text)
        } else if let nested = messageValue?.objectValue {
            // `{"error": {"code": …, "message": …}}`
            code = code ?? nested.first("code", "Code")?.nonEmptyString.map(Self.clean)
            message = nested.first("message", "Message")?.nonEmptyString.map(Self.clean)
        }
    }

    /// Masked, on one line, cut to a readable length.
    static func clean(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ").trimmingSpaces
        let masked = SecretMasking.maskText(oneLine)
        guard masked.count > maxMessageLength else { return masked }
        return String(masked.prefix(maxMessageLength - 1)) + "…"
    }
}

/// A one-line summary of an HTML error page: its `<title>`, else its first `<h1>`/`<h2>`, else its visible text.
/// Works on bytes with ASCII-only case folding, so offsets in the folded copy are offsets in the page.
enum HTMLSummary {
    static func summarize(_ html: String) -> String? {
        let bytes = Array(html.utf8)
        let folded = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for tag in ["title", "h1", "h2"] {
            if let inner = innerText(of: tag, bytes: bytes, folded: folded), !inner.isEmpty { return inner }
        }
        var visible: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if let skipTo = endOfBlock(at: index, folded: folded) {
                index = skipTo
                continue
            }
            visible.append(bytes[index])
            index += 1
        }
        let text = clean(visible)
        return text.isEmpty ? nil : text
    }

    private static func innerText(of tag: String, bytes: [UInt8], folded: [UInt8]) -> String? {
        guard let open = find(Array("<\(tag)".utf8), in: folded, from: 0),
            let openEnd = folded[open...].firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        let start = openEnd + 1
        let end = find(Array("</\(tag)".utf8), in: folded, from: start) ?? bytes.count
        return clean(Array(bytes[start..<end]))
    }

    /// At `<script`, `<style` or `<head`: the index after the block's closing tag.
    private static func endOfBlock(at index: Int, folded: [UInt8]) -> Int? {
        guard folded[index] == UInt8(ascii: "<") else { return nil }
        for tag in ["script", "style", "head"] {
            let open = Array("<\(tag)".utf8)
            guard index + open.count <= folded.count, Array(folded[index..<index + open.count]) == open else {
                continue
            }
            let close = Array("</\(tag)>".utf8)
            return find(close, in: folded, from: index).map { $0 + close.count } ?? folded.count
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && Array(haystack[index..<index + needle.count]) == needle {
            return index
        }
        return nil
    }

    /// Tags removed, entities decoded, whitespace collapsed.
    private static func clean(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        var insideTag = false
        for byte in bytes {
            if byte == UInt8(ascii: "<") {
                insideTag = true
                text.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: ">") {
                insideTag = false
            } else if !insideTag {
                text.append(byte)
            }
        }
        var result = String(decoding: text, as: UTF8.self)
        for (entity, replacement) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&nbsp;", " "),
            ("&amp;", "&"),
        ] {
            result = result.replacingOccurrences(of: entity, with: replacement)
        }
        return result.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
