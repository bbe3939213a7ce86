import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// A draft of a state edit that an earlier run kept on disk and never wrote (the run ended: a dropped ssh
/// session, SIGTERM, a crash).
public struct RecoveredDraft: Hashable, Sendable {
    public var ref: ConnectorRef
    public var draft: StateEditMemory.Draft
    public var savedAt: Date

    public init(ref: ConnectorRef, draft: StateEditMemory.Draft, savedAt: Date) {
        self.ref = ref
        self.draft = draft
        self.savedAt = savedAt
    }
}

/// A change sent by an earlier run whose result gluetop does not know, with the state read now (state changes
/// only), so the operator can see whether it took effect.
public struct UnresolvedChange: Hashable, Sendable {
    public var entry: JournalEntry
    /// The state now: nil when not read (not a state change); the read's failure in words otherwise.
    public var current: Result<JSONValue?, APIError>?

    public init(entry: JournalEntry, current: Result<JSONValue?, APIError>?) {
        self.entry = entry
        self.current = current
    }

    public var ref: ConnectorRef? {
        guard let tenant = entry.tenant, let connector = entry.connector else { return nil }
        return ConnectorRef(tenant: TenantID(tenant), connector: ConnectorID(connector))
    }

    public var isStateChange: Bool { entry.action.hasPrefix("state.") }

    /// What the state read now says about the change.
    public enum Verdict: Hashable, Sendable {
        /// The state is the change's after: it took effect.
        case applied
        /// The state is still the change's before: it did not.
        case notApplied
        /// Neither: something changed it since.
        case changedSince
        /// Not a state change, or the state could not be read (why).
        case unchecked(String)
    }

    public var verdict: Verdict {
        guard isStateChange else { return .unchecked("not a state change: check it at Hotglue") }
        switch current {
        case nil: return .unchecked("the state was not read")
        case .failure(let error)?: return .unchecked("reading the state failed: \(error.message)")
        case .success(let state)?:
            if StateDiff.same(state, entry.after) { return .applied }
            if StateDiff.same(state, entry.before) { return .notApplied }
            return .changedSince
        }
    }
}

/// What the start of a run found left over by earlier ones.
public struct RecoveryFindings: Hashable, Sendable {
    public var drafts: [RecoveredDraft]
    /// Link and update forms typed into and never sent (their secrets were not kept).
    public var formDrafts: [FormDraft]
    public var unresolved: [UnresolvedChange]

    public init(drafts: [RecoveredDraft] = [], formDrafts: [FormDraft] = [], unresolved: [UnresolvedChange] = []) {
        self.drafts = drafts
        self.formDrafts = formDrafts
        self.unresolved = unresolved
    }

    public var isEmpty: Bool { drafts.isEmpty && formDrafts.isEmpty && unresolved.isEmpty }
}

/// One row of the recovery overlay.
public enum RecoveryItem: Hashable, Sendable {
    case draft(RecoveredDraft)
    case formDraft(FormDraft)
    case unresolved(UnresolvedChange)
}

/// Shown at start when an earlier run left something unfinished: `enter` resumes a draft (preview, then the
/// conflict check), `d` discards it; `u` undoes an unresolved state change (preview and conflict check), `k`
/// keeps it; `esc` leaves everything for later.
public struct RecoveryOverlay: Hashable, Sendable {
    public var items: [RecoveryItem]
    public var list = ListState()

    public init(items: [RecoveryItem]) {
        self.items = items
    }

    public var selected: RecoveryItem? {
        items.indices.contains(list.selected) ? items[list.selected] : nil
    }
}
