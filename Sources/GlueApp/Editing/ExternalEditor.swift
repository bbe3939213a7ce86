import GlueCore

/// Runs the user's editor on a document and waits for it (the terminal is the editor's meanwhile).
public protocol ExternalEditor {
    func edit(_ request: EditorRequest) -> EditorOutcome
}

/// The editor document's text: the header as `// ` comment lines above the user's text. `strippingHeader`
/// removes exactly those leading comment lines again, so the user's text comes back as they left it.
public enum EditorDocument {
    public static let commentPrefix = "// "

    public static func text(for request: EditorRequest) -> String {
        guard !request.header.isEmpty else { return request.text }
        let header = request.header.map { commentPrefix + $0 }.joined(separator: "\n")
        return header + "\n" + commentPrefix + "(lines starting with // above the JSON are removed when you save)\n"
            + request.text
    }

    public static func strippingHeader(_ text: String) -> String {
        var rest = Substring(text)
        while rest.hasPrefix("//") {
            guard let newline = rest.firstIndex(of: "\n") else { return "" }
            rest = rest[rest.index(after: newline)...]
        }
        return String(rest)
    }

    /// `$EDITOR`, then `$VISUAL`, then `vi` (DESIGN.md's order).
    public static func command(environment: [String: String]) -> String {
        for name in ["EDITOR", "VISUAL"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }
}
