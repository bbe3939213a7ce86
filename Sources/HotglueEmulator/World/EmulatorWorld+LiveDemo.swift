import Foundation

extension EmulatorWorld {
    /// The live demo's scheduler: after the first tenant's newest job ends, the next scheduled read job starts two
    /// stages later, on its connectors in turn. Computed from the clock like everything else, so a manual clock
    /// steps through it exactly and a long-idle emulator catches up with every job it would have run.
    func continueDemoSchedule(_ record: inout TenantRecord, now: Date) {
        guard !record.connectors.isEmpty else { return }
        while let newest = record.jobs.max(by: { $0.startTime < $1.startTime }), now >= newest.endTime {
            let start = newest.endTime.addingTimeInterval(2 * stageSeconds)
            guard start <= now else { return }
            record.jobSequence += 1
            let connector = record.connectors[record.jobSequence % record.connectors.count]
            var random = SplitMix64(seed: seed, "demo-schedule", record.id, String(record.jobSequence))
            var request = JobRequest(connectorID: connector.id, jobType: "read")
            request.startedBy = "scheduler"
            request.scheduled = true
            request.selectedStreams = CatalogBuilder.selectedStreams(in: connector.catalog)
            let job = JobFactory.make(
                request, tenant: record.id, flowID: flowID, definition: connector.definition,
                hasState: connector.state != nil, startTime: start, stageSeconds: stageSeconds,
                odds: failureOdds(tenant: record.id, connectorID: connector.id), random: &random)
            record.jobs.append(job)
            watchNewJob(job, now: now)
        }
    }
}
