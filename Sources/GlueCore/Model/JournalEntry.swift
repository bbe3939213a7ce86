import struct Foundation.Date
import LosslessJSON

/// One change gluetop made (or tried): its intent, written before anything was sent, paired with its outcome,
/// written after the answer. Who, where, what, and how it ended. For state changes `before` and `after` hold the
/// whole documents, so any change can be undone by hand.
public struct JournalEntry: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case succeeded
        /// The API refused or failed; the words the operator saw. Nothing is known to have changed.
        case failed(String)
        /// Not sent: the state changed meanwhile (the write was refused by gluetop, not the API).
        case conflict
        /// Not sent: gluetop refused before sending (another change of the connector in flight, a guard).
        case refused(String)
        /// Sent, but the answer never came (the connection dropped): the change may or may not have happened.
        case unknown(String)
        /// An intent with no outcome yet: in flight in a running gluetop, or cut off by a crash or a dropped
        /// session before its answer was written.
        case pending

        /// Whether the change may have happened at Hotglue without gluetop knowing its result.
        public var isUnresolved: Bool {
            switch self {
            case .unknown, .pending: return true
            default: return false
            }
        }
    }

    /// The change's id: the intent and the outcome record share it. Empty for entries of the first journal format,
    /// which wrote one record per change after the answer.
    public var id: String = ""
    /// The process that wrote the intent: a pending change of a live process is in flight, not lost.
    public var processID: Int32?
    /// What kind of client asked for it beyond the origin (an MCP client's name, say); nil when nothing more is known.
    public var client: String?

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
                before: JSONValue? = nil, after: JSONValue? = nil, id: String = "", processID: Int32? = nil,
                client: String? = nil) {
        self.id = id
        self.processID = processID
        self.client = client
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

/// What reading the journal gave: the entries (oldest first), how many lines could not be read (a torn last line
/// after a crash, a hand edit), and whether older records exist beyond what was read (readers stop at what they need).
public struct JournalListing: Hashable, Sendable {
    public var entries: [JournalEntry]
    public var unreadableLines: Int
    public var path: String
    /// True when the reader stopped before the oldest record (the `:journal` overlay shows the newest ones).
    public var hasOlder: Bool

    public init(entries: [JournalEntry], unreadableLines: Int, path: String, hasOlder: Bool = false) {
        self.entries = entries
        self.unreadableLines = unreadableLines
        self.path = path
        self.hasOlder = hasOlder
    }
}

public struct JournalLoadError: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
