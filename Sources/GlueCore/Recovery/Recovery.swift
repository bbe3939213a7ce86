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
    /// For a link, unlink or job start: what Hotglue's lists say now.
    public var evidence: Result<Evidence, APIError>?

    /// What Hotglue shows now of a change that is not a state change.
    public enum Evidence: Hashable, Sendable {
        /// link, unlink: whether the connector is linked to the tenant now.
        case linkedNow(Bool)
        /// job.run: the connector's jobs that started since the change was sent.
        case jobsStartedSince([String])
    }

    public init(entry: JournalEntry, current: Result<JSONValue?, APIError>?,
                evidence: Result<Evidence, APIError>? = nil) {
        self.entry = entry
        self.current = current
        self.evidence = evidence
    }

    /// The changes whose effect the lists of linked connectors or jobs show.
    public static func isCheckedByLists(_ action: String) -> Bool { ["link", "unlink", "job.run"].contains(action) }

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
        guard isStateChange else { return listVerdict }
        switch current {
        case nil: return .unchecked("the state was not read")
        case .failure(let error)?: return .unchecked("reading the state failed: \(error.message)")
        case .success(let state)?:
            if StateDiff.same(state, entry.after) { return .applied }
            if StateDiff.same(state, entry.before) { return .notApplied }
            return .changedSince
        }
    }

    private var listVerdict: Verdict {
        switch (entry.action, evidence) {
        case (_, nil):
            return .unchecked("not checked: look at it at Hotglue")
        case (_, .failure(let error)?):
            return .unchecked("reading Hotglue's list failed: \(error.message)")
        case ("link", .success(.linkedNow(let linked))?):
            return linked ? .applied : .notApplied
        case ("unlink", .success(.linkedNow(let linked))?):
            return linked ? .notApplied : .applied
        case ("job.run", .success(.jobsStartedSince(let jobs))?):
            return jobs.isEmpty ? .notApplied : .applied
        default:
            return .unchecked("not checked: look at it at Hotglue")
        }
    }

    /// What was read, in words, for the recovery overlay.
    public var evidenceText: String? {
        guard let ref, case .success(let evidence)? = evidence else { return nil }
        switch evidence {
        case .linkedNow(let linked):
            return "\(ref.connector) is \(linked ? "" : "not ")linked to \(ref.tenant) now"
        case .jobsStartedSince(let jobs):
            return jobs.isEmpty ? "no job of \(ref.connector) started since it was sent"
                : "job \(jobs.joined(separator: ", ")) of \(ref.connector) started since it was sent"
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
