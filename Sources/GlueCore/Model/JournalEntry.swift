import struct Foundation.Date
import LosslessJSON

/// One mutation gluetop made (or tried), as written to the append-only journal: who, where, what, and how it
/// ended. For state changes `before` and `after` hold the whole documents, so any change can be undone by hand.
public struct JournalEntry: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case succeeded
        /// The API refused or failed; the words the operator saw.
        case failed(String)
        /// Not sent: the state changed meanwhile (the write was refused by gluetop, not the API).
        case conflict
    }

    public var time: Date
    /// `dashboard` or `cli`.
    public var origin: String
    public var profile: String
    public var envID: String
    public var flowID: String
    public var tenant: String?
    public var connector: String?
    /// `link`, `update`, `unlink`, `discover`, `state.set`, `state.delete`, `state.undo`, `job.run`.
    public var action: String
    /// The request in one line, secrets masked.
    public var request: String
    public var outcome: Outcome
    public var before: JSONValue?
    public var after: JSONValue?

    public init(time: Date, origin: String, profile: String, envID: String, flowID: String, tenant: String?,
                connector: String?, action: String, request: String, outcome: Outcome,
                before: JSONValue? = nil, after: JSONValue? = nil) {
        self.time = time
        self.origin = origin
        self.profile = profile
        self.envID = envID
        self.flowID = flowID
        self.tenant = tenant
        self.connector = connector
        self.action = action
        self.request = request
        self.outcome = outcome
        self.before = before
        self.after = after
    }
}

/// What reading the journal gave: the entries (oldest first) and how many lines could not be read.
public struct JournalListing: Hashable, Sendable {
    public var entries: [JournalEntry]
    public var unreadableLines: Int
    public var path: String

    public init(entries: [JournalEntry], unreadableLines: Int, path: String) {
        self.entries = entries
        self.unreadableLines = unreadableLines
        self.path = path
    }
}

public struct JournalLoadError: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
