import Foundation
import LosslessJSON

extension EmulatorWorld {
    /// Applies what finished by `now`: successful discoveries rewrite the catalog, completed read jobs advance
    /// the connector's bookmarks. Each happens once. Then forgets jobs beyond the tenant's cap (after their
    /// bookmarks moved, so forgetting never loses a state change).
    func settle(_ record: inout TenantRecord, now: Date) {
        if liveDemo, record.id == TenantNames.fixed[0] {
            continueDemoSchedule(&record, now: now)
        }
        for (connectorID, run) in record.discoveries where !run.applied && now >= run.endsAt {
            record.discoveries[connectorID]?.applied = true
            guard run.outcome == .succeeded, let index = record.connectorIndex(connectorID) else { continue }
            var random = SplitMix64(seed: seed, "catalog", record.id, connectorID, String(run.number))
            let selected = Set(CatalogBuilder.selectedStreams(in: record.connectors[index].catalog))
            record.connectors[index].catalog = CatalogBuilder.catalog(
                for: record.connectors[index].definition, discovery: run.number, selected: selected, random: &random)
        }
        for jobIndex in record.jobs.indices where !record.jobs[jobIndex].stateAdvanced && now >= record.jobs[jobIndex].endTime {
            record.jobs[jobIndex].stateAdvanced = true
            let job = record.jobs[jobIndex]
            guard job.jobType == "read", job.plan.failure == nil,
                  let index = record.connectorIndex(job.connectorID) else { continue }
            let definition = record.connectors[index].definition
            let streams = job.plan.streams.map { share in
                (definition: definition.streams.first { $0.name == share.name }
                    ?? StreamDefinition(share.name, fields: []), rows: share.rows)
            }
            record.connectors[index].state = StateAdvancer.advanced(
                record.connectors[index].state, streams: streams, completedAt: job.endTime)
        }
        record.forgetOldestJobs(keeping: jobsKeptPerTenant)
    }
}
