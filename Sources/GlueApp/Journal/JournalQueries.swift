import GlueCore
import HotglueModels

/// What the readers of the journal ask of it, each answered by a backward scan that stops as soon as it can.
/// An outcome is written after its intent, so going backwards it is met first and kept until its intent comes.
extension JournalFile {
    /// The newest `limit` changes (intents paired with their outcomes), oldest first, for `:journal` and
    /// `gluetop journal list`.
    public func recent(limit: Int) throws(JournalLoadError) -> JournalListing {
        var entries: [JournalEntry] = []
        let summary = try scanChanges { entry in
            entries.append(entry)
            return entries.count < limit
        }
        return JournalListing(entries: entries.reversed(), unreadableLines: summary.unreadableLines, path: path,
                              hasOlder: summary.stoppedEarly)
    }

    /// Every change, oldest first (tests, `gluetop journal list --all`).
    public func read() throws(JournalLoadError) -> JournalListing {
        try recent(limit: .max)
    }

    /// The one rule for which change an undo takes back, shared by the dashboard's `z` and `gluetop state undo`:
    /// the newest succeeded `state.*` change for this environment, flow, tenant and connector, from any origin.
    /// Failed, refused and conflicting attempts changed nothing, so they are skipped; an undo is a change too, so
    /// undoing it again redoes. Its `before` is what to restore, and its `after` must still be the state.
    public func lastUndoableStateChange(envID: String, flowID: String, tenant: TenantID,
                                        connector: ConnectorID) throws(JournalLoadError) -> JournalEntry? {
        var found: JournalEntry?
        try scanChanges { entry in
            if entry.action.hasPrefix("state."), entry.outcome == .succeeded, entry.envID == envID,
               entry.flowID == flowID, entry.tenant == tenant.rawValue, entry.connector == connector.rawValue {
                found = entry
                return false
            }
            return true
        }
        return found
    }

    /// The change with this id (or the newest whose id starts with it), for `gluetop journal show`.
    public func change(id: String) throws(JournalLoadError) -> JournalEntry? {
        guard !id.isEmpty else { return nil }
        var found: JournalEntry?
        try scanChanges { entry in
            guard entry.id.hasPrefix(id) else { return true }
            found = entry
            return false
        }
        return found
    }

    /// Changes whose result gluetop does not know: an intent with no outcome (a crash or a dropped session
    /// between sending and journaling the answer) or an outcome of `unknown` (the connection dropped after the
    /// request was sent), that no later record settled. Only the newest `window` changes are looked at: an
    /// unfinished change is among the last ones written before the crash.
    public func unresolved(window: Int = 2_000) throws(JournalLoadError) -> [JournalEntry] {
        var settled: Set<String> = []
        var found: [JournalEntry] = []
        var seen = 0
        try scanChanges(settlements: { settled.insert($0) }) { entry in
            seen += 1
            if entry.outcome.isUnresolved, !settled.contains(entry.id) { found.append(entry) }
            return seen < window
        }
        return found.reversed()
    }

    /// Walks the changes newest first; `settlements` hears the ids that a later `settle` record closed.
    @discardableResult
    func scanChanges(settlements: (String) -> Void = { _ in },
                     _ visit: (JournalEntry) -> Bool) throws(JournalLoadError) -> ScanSummary {
        var outcomes: [String: JournalOutcome] = [:]
        return try scanBackward { record in
            switch record {
            case .outcome(let outcome):
                if outcome.isSettlement {
                    settlements(outcome.id)
                } else if outcomes[outcome.id] == nil {
                    outcomes[outcome.id] = outcome
                }
                return true
            case .intent(let entry):
                guard let outcome = outcomes.removeValue(forKey: entry.id) else { return visit(entry) }
                return visit(entry.finished(by: outcome))
            case .complete(let entry):
                return visit(entry)
            }
        }
    }
}
