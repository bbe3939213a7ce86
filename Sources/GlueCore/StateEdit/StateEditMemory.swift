import LosslessJSON

/// What the state edit flow remembers between keys, editor runs and answers (`Model.stateEdits`). It lives
/// outside `StatePane`, which is reset whenever the selection moves: a draft or the undo record must survive
/// looking at another connector.
public struct StateEditMemory: Hashable, Sendable {
    /// The last state change made from this run, for `z` (without one for the selected connector, `z` asks the journal).
    public struct UndoRecord: Hashable, Sendable {
        public var ref: ConnectorRef
        /// The state before the change (nil: there was none); `z` restores it.
        public var before: JSONValue?
        /// The state the change left; `z` writes only while the state is still this.
        public var after: JSONValue?
        public var kind: StateWrite.Kind

        public init(ref: ConnectorRef, before: JSONValue?, after: JSONValue?, kind: StateWrite.Kind) {
            self.ref = ref
            self.before = before
            self.after = after
            self.kind = kind
        }
    }

    /// Text the user wrote that was not written (cancelled, failed, conflict); the next `e` offers it.
    public struct Draft: Hashable, Sendable {
        public var text: String
        /// The state the text was edited from: the conflict check of its write compares with this.
        public var original: JSONValue?

        public init(text: String, original: JSONValue?) {
            self.text = text
            self.original = original
        }
    }

    /// The editor run in progress: which connector, and the document it started from.
    public struct OpenEdit: Hashable, Sendable {
        public var ref: ConnectorRef
        public var original: JSONValue?

        public init(ref: ConnectorRef, original: JSONValue?) {
            self.ref = ref
            self.original = original
        }
    }

    public var undo: UndoRecord?
    public var drafts: [ConnectorRef: Draft] = [:]
    public var editing: OpenEdit?

    public init() {}
}
