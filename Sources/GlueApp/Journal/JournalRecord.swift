import struct Foundation.Date
import GlueCore
import LosslessJSON

/// One line of the journal. A change is written twice: its intent, fsynced before anything is sent, and its
/// outcome, with the same id, after the answer. Lines of the first format (one record per change, written after
/// the answer) still read, as complete changes.
public enum JournalRecord: Hashable, Sendable {
    /// A change about to be sent: an entry whose outcome is `.pending`.
    case intent(JournalEntry)
    case outcome(JournalOutcome)
    /// A whole change in one line (the first journal format).
    case complete(JournalEntry)
}

/// How a change ended, written after its answer. For state changes, `states` holds the state as re-read just
/// before the write and as read back after it (nil inside: no state); nil when there was nothing to read.
public struct JournalOutcome: Hashable, Sendable {
    public var id: String
    public var time: Date
    public var outcome: JournalEntry.Outcome
    public var states: States?
    /// Set on a record that settles a change whose result was unknown, after the operator looked at it: what they
    /// decided ("kept", "undone", "confirmed applied", "confirmed not applied"). Such a record is not the outcome.
    public var settlement: String?

    public var isSettlement: Bool { settlement != nil }

    public struct States: Hashable, Sendable {
        public var before: JSONValue?
        public var after: JSONValue?

        public init(before: JSONValue?, after: JSONValue?) {
            self.before = before
            self.after = after
        }
    }

    public init(id: String, time: Date, outcome: JournalEntry.Outcome, states: States? = nil,
                settlement: String? = nil) {
        self.settlement = settlement
        self.id = id
        self.time = time
        self.outcome = outcome
        self.states = states
    }
}

extension JournalEntry {
    /// This intent with its outcome applied: the outcome's states, when it has them, replace the intent's
    /// (the before as re-read, the after as read back, are what Hotglue held).
    func finished(by outcome: JournalOutcome) -> JournalEntry {
        var entry = self
        entry.outcome = outcome.outcome
        if let states = outcome.states {
            entry.before = states.before
            entry.after = states.after
        }
        return entry
    }
}
