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

    public func find(envID: String, flowID: String, now: Date, checks: (any ChangeChecking)?) async -> RecoveryFindings {
        let found = drafts?.load(envID: envID, flowID: flowID) ?? []
        let entries = ((try? journal?.unresolved()) ?? []).filter {
            $0.envID == envID && $0.flowID == flowID && !isInFlightElsewhere($0, now: now)
        }
        var unresolved: [UnresolvedChange] = []
        for entry in entries {
            var change = UnresolvedChange(entry: entry, current: nil)
            if let ref = change.ref, let checks {
                if change.isStateChange {
                    change.current = await checks.currentState(ref)
                } else if UnresolvedChange.isCheckedByLists(entry.action) {
                    change.evidence = await Self.evidence(entry, ref, checks)
                }
            }
            unresolved.append(change)
        }
        return RecoveryFindings(drafts: found, formDrafts: drafts?.loadForms(envID: envID, flowID: flowID) ?? [],
                                unresolved: unresolved)
    }

    /// Link and unlink: is the connector linked now; job start: did a job of the connector start since it was sent.
    private static func evidence(_ entry: JournalEntry, _ ref: ConnectorRef,
                                 _ checks: any ChangeChecking) async -> Result<UnresolvedChange.Evidence, APIError> {
        if entry.action == "job.run" {
            return await checks.jobs(ref.tenant).map { jobs in
                .jobsStartedSince(jobs.filter { job in
                    job.connector == ref.connector && (job.startTime.map { $0 >= entry.time.addingTimeInterval(-1) } ?? false)
                }.map(\.id))
            }
        }
        return await checks.linkedConnectorIDs(ref.tenant).map { .linkedNow($0.contains(ref.connector)) }
    }

    private func isInFlightElsewhere(_ entry: JournalEntry, now: Date) -> Bool {
        guard entry.outcome == .pending, let pid = entry.processID, pid != getpid(),
              now.timeIntervalSince(entry.time) < inFlightLimit else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
