import Foundation
import Glibc
import GlueCore
import HotglueModels
import LosslessJSON

/// What earlier runs left for this environment and flow: drafts on disk, and changes whose result the journal
/// does not know, each state change checked against the state now. A pending change of a gluetop that still runs
/// (and sent it minutes ago) is in flight, not lost, and is left out.
public struct RecoveryFinder: Sendable {
    public var journal: JournalFile?
    public var drafts: DraftStore?
    /// How long a change may be on its way in another running gluetop before it counts as cut off.
    public var inFlightLimit: TimeInterval = 600

    public init(journal: JournalFile?, drafts: DraftStore?) {
        self.journal = journal
        self.drafts = drafts
    }

    public func find(envID: String, flowID: String, now: Date, states: (any StateReading)?) async -> RecoveryFindings {
        let found = drafts?.load(envID: envID, flowID: flowID) ?? []
        let entries = ((try? journal?.unresolved()) ?? []).filter {
            $0.envID == envID && $0.flowID == flowID && !isInFlightElsewhere($0, now: now)
        }
        var unresolved: [UnresolvedChange] = []
        for entry in entries {
            var change = UnresolvedChange(entry: entry, current: nil)
            if change.isStateChange, let ref = change.ref, let states {
                change.current = await states.currentState(ref)
            }
            unresolved.append(change)
        }
        return RecoveryFindings(drafts: found, formDrafts: drafts?.loadForms(envID: envID, flowID: flowID) ?? [],
                                unresolved: unresolved)
    }

    private func isInFlightElsewhere(_ entry: JournalEntry, now: Date) -> Bool {
        guard entry.outcome == .pending, let pid = entry.processID, pid != getpid(),
              now.timeIntervalSince(entry.time) < inFlightLimit else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
