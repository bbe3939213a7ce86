import LosslessJSON

/// The words and documents of the state editor runs: the text the editor gets, and the header comments above it.
public enum StateEditText {
    /// The state as the editor shows it: LosslessJSON's pretty print (every number keeps its text), or `{}` when
    /// the connector has no state yet.
    public static func document(_ state: JSONValue?) -> String {
        (state?.pretty() ?? "{}") + "\n"
    }

    static func editHeader(_ ref: ConnectorRef) -> [String] {
        ["State of \(ref.connector) · tenant \(ref.tenant). Save and quit to see the change before anything is written;",
         "quit without saving (or with an error, :cq in vim) to leave it as it is."]
    }

    static func draftHeader(_ ref: ConnectorRef, stateChangedSince: Bool) -> [String] {
        var header = ["Your unsaved draft of the state of \(ref.connector) · tenant \(ref.tenant) (nothing was written)."]
        if stateChangedSince {
            header.append("The state at Hotglue changed since you wrote it: saving shows both changes before anything is written.")
        }
        header.append("Save to preview it; save an empty file to throw the draft away (nothing is written), then e starts afresh.")
        return header
    }

    /// Shown when the saved text is not JSON. The line and column count the JSON's own lines (below the header).
    static func parseErrorHeader(_ error: JSONParseError) -> [String] {
        ["Not valid JSON, nothing was written: line \(error.line), column \(error.column): \(error.reason)",
         "(line numbers count from the first line below these comments)",
         "Fix it and save to preview the change; save an empty file to give up."]
    }

    static func reEditHeader(_ ref: ConnectorRef, reapplied count: Int) -> [String] {
        ["The state of \(ref.connector) · tenant \(ref.tenant) changed at Hotglue after your edit started.",
         "This is the state as it is now with your \(count) change\(count == 1 ? "" : "s") made again: check it and save to preview."]
    }

    static func reEditFallbackHeader(_ ref: ConnectorRef, reason: String, meanwhile: [JSONChange]) -> [String] {
        var header = ["The state of \(ref.connector) · tenant \(ref.tenant) changed at Hotglue after your edit started,",
                      "and your changes do not fit the new state (\(reason)). This is your own text: saving it",
                      "replaces these changes made meanwhile:"]
        header += meanwhile.prefix(10).map { "  " + $0.path.description }
        if meanwhile.count > 10 { header.append("  … and \(meanwhile.count - 10) more") }
        return header
    }
}
