import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// The state calls `update` asks for (`APIRequest.state`).
public enum StateRequest: Hashable, Sendable {
    /// Re-read the connector's state, check it against `write.expected`, then write (or delete) it and read it
    /// back. Edit, reset and undo all leave through here, so each is conflict-checked and journaled the same way.
    case write(StateWrite)
}

/// One change of a connector's state, as a value: what to leave at Hotglue, and what must still be there first.
public struct StateWrite: Hashable, Sendable {
    /// Which key started it: it names the journal action and the words said afterwards.
    public enum Kind: Hashable, Sendable {
        /// `e`: the user's edited document.
        case edit
        /// `X`: delete the state (the next job runs a full sync).
        case reset
        /// `z`: restore the state from before the last change of the connector (remembered, or found in the journal).
        case undo

        /// The journal's action name.
        public var journalAction: String {
            switch self {
            case .edit: return "state.set"
            case .reset: return "state.delete"
            case .undo: return "state.undo"
            }
        }
    }

    public var ref: ConnectorRef
    public var kind: Kind
    public var expected: StateExpectation
    /// The state to leave at Hotglue; nil deletes it.
    public var target: JSONValue?
    /// The id of a change of unknown result (from an earlier run) that this write undoes: once written, the journal
    /// records that change as settled.
    public var settles: String?

    public init(ref: ConnectorRef, kind: Kind, expected: StateExpectation, target: JSONValue?, settles: String? = nil) {
        self.settles = settles
        self.ref = ref
        self.kind = kind
        self.expected = expected
        self.target = target
    }
}

/// What the state at Hotglue must be for a write to go ahead.
public enum StateExpectation: Hashable, Sendable {
    /// Whatever is there (reset: the user confirmed by typing the connector's name).
    case anything
    /// Exactly this document (nil: no state), compared structurally: key order and string escapes do not count,
    /// number text does. Anything else is a change made meanwhile, and the write is refused as a conflict.
    case unchanged(JSONValue?)

    public func isMet(by current: JSONValue?) -> Bool {
        switch self {
        case .anything: return true
        case .unchanged(let expected): return StateDiff.same(expected, current)
        }
    }

    /// The document the change was prepared against, when there is one.
    public var document: JSONValue?? {
        switch self {
        case .anything: return .none
        case .unchanged(let document): return .some(document)
        }
    }
}

/// The answers to `StateRequest`.
public enum StateChangeMsg: Sendable {
    case finished(StateWrite, StateWriteResult, at: Date)
}

/// How a `StateWrite` ended. `journalError` is set when the journal could not be written (the change itself
/// stands): the user is told.
public enum StateWriteResult: Hashable, Sendable {
    /// Written (or deleted). `before` as re-read just before; `after` as read back, or as sent when reading it
    /// back failed (`readBackError` says why).
    case written(before: JSONValue?, after: JSONValue?, readBackError: String?, journalError: String?)
    /// Not written: the state at Hotglue is no longer what the change was prepared against.
    case conflict(current: JSONValue?, journalError: String?)
    /// The re-read or the write failed, or gluetop refused to send it; nothing is known to have changed.
    case failed(APIError, journalError: String?)
    /// The write was sent and its answer never came: the state may or may not have changed.
    case unknown(APIError, journalError: String?)
}
