/// A document handed to the user's editor. `header` goes above the text as comment lines (`// …`) that are
/// stripped again when the editor exits: that is where an error in the last attempt is shown, on top of the
/// user's own text, which is never lost.
public struct EditorRequest: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// `e` (and re-edits after an error or a conflict): the connector's state as pretty JSON.
        case state(ConnectorRef)
        /// `u` in the editor: the connector's config as pretty JSON.
        case connectorConfig(ConnectorRef)
    }

    public var purpose: Purpose
    public var text: String
    public var header: [String]

    public init(purpose: Purpose, text: String, header: [String] = []) {
        self.purpose = purpose
        self.text = text
        self.header = header
    }
}

/// How an editor run ended.
public enum EditorOutcome: Hashable, Sendable {
    /// The file's text after the editor exited with status 0, header comment lines removed.
    case edited(String)
    /// The editor could not be started, exited with an error, or the file could not be read back.
    case failed(String)
    /// The editor was killed before it exited (why, in words). `saved` is what its file held then, header
    /// removed, when that is not the text it was given: the user's work, kept, never applied.
    case killed(String, saved: String?)
}
