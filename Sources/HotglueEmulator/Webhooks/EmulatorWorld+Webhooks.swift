import Foundation
import LosslessJSON

/// The world's side of the webhooks: what changed is queued on the sender (never waited for), in the order it
/// happened. Jobs and discoveries progress with the clock, so they are watched and announced at each tick
/// (`announceDueWebhooks`); links, unlinks and new jobs are announced as they happen.
extension EmulatorWorld {
    /// A job the world just created (by the API or the live demo's scheduler): what it has reached by `now` is
    /// announced at once, the rest as the clock gets there.
    func watchNewJob(_ job: JobRecord, now: Date) {
        guard webhooks != nil else { return }
        let announced = announceMilestones(of: job, after: 0, now: now)
        if announced < job.plan.milestones.count {
            webhookWatch.jobs[job.s3Root] = WebhookWatch.WatchedJob(tenant: job.tenant, announced: announced)
        }
    }

    /// A tenant generated just now: it existed all along, so only what changes from now on is announced.
    func watchGeneratedTenant(_ record: TenantRecord, now: Date) {
        guard webhooks != nil else { return }
        for job in record.jobs where !job.progress(at: now).isTerminal {
            webhookWatch.jobs[job.s3Root] = WebhookWatch.WatchedJob(
                tenant: record.id, announced: job.progress(at: now).reached.count)
        }
        for (connectorID, run) in record.discoveries where now < run.endsAt {
            watchDiscovery(tenant: record.id, connectorID: connectorID, number: run.number)
        }
    }

    func watchDiscovery(tenant: String, connectorID: String, number: Int) {
        guard webhooks != nil else { return }
        webhookWatch.discoveries["\(tenant)/\(connectorID)"] = WebhookWatch.WatchedDiscovery(
            tenant: tenant, connectorID: connectorID, number: number)
    }

    func announceConnection(linked: Bool, tenant: String, connectorID: String, at time: Date) {
        webhooks?.enqueue(OutgoingWebhook(kind: .connection, body: WebhookBodies.connection(
            linked: linked, envID: envID, flowID: flowID, tenant: tenant, connectorID: connectorID, at: time)))
    }

    /// Announces every watched job status and discovery end the clock has reached, oldest first; forgets what is
    /// fully announced (or gone: a job forgotten past the cap, a connector unlinked, a discovery started anew).
    func announceDueWebhooks() {
        guard webhooks != nil, !webhookWatch.isEmpty else { return }
        var due: [(at: Date, order: String, webhook: OutgoingWebhook)] = []
        for (root, watched) in webhookWatch.jobs {
            let found: Void? = withTenant(watched.tenant) { record, now in
                guard let job = record.jobs.last(where: { $0.s3Root == root }) else {
                    webhookWatch.jobs[root] = nil
                    return
                }
                let reached = job.progress(at: now).reached.count
                for index in Self.dueMilestones(job, after: watched.announced, reached: reached) {
                    due.append((milestoneTime(job, index), "\(root)#\(index)", jobEvent(job, milestone: index, now: now)))
                }
                if reached >= job.plan.milestones.count {
                    webhookWatch.jobs[root] = nil
                } else {
                    webhookWatch.jobs[root]?.announced = max(watched.announced, reached)
                }
            }
            if found == nil { webhookWatch.jobs[root] = nil }
        }
        for (key, watched) in webhookWatch.discoveries {
            let found: Void? = withTenant(watched.tenant) { record, now in
                guard let run = record.discoveries[watched.connectorID], run.number == watched.number else {
                    webhookWatch.discoveries[key] = nil
                    return
                }
                guard now >= run.endsAt else { return }
                webhookWatch.discoveries[key] = nil
                due.append((run.endsAt, key, OutgoingWebhook(kind: .discover, body: WebhookBodies.discover(
                    envID: envID, flowID: flowID, tenant: watched.tenant, connectorID: watched.connectorID, run: run))))
            }
            if found == nil { webhookWatch.discoveries[key] = nil }
        }
        for item in due.sorted(by: { ($0.at, $0.order) < ($1.at, $1.order) }) {
            webhooks?.enqueue(item.webhook)
        }
    }

    /// Announces the milestones from `first` on that `now` has reached; returns how many are announced in all.
    private func announceMilestones(of job: JobRecord, after first: Int, now: Date) -> Int {
        let reached = job.progress(at: now).reached.count
        for index in Self.dueMilestones(job, after: first, reached: reached) {
            webhooks?.enqueue(jobEvent(job, milestone: index, now: now))
        }
        return max(first, reached)
    }

    /// The milestones reached and not yet announced; with no stage time only the last (every one is reached at
    /// once, and the job reads the same at each).
    private static func dueMilestones(_ job: JobRecord, after first: Int, reached: Int) -> [Int] {
        guard reached > first else { return [] }
        return job.stageSeconds > 0 ? Array(first..<reached) : [reached - 1]
    }

    private func milestoneTime(_ job: JobRecord, _ index: Int) -> Date {
        job.startTime.addingTimeInterval(Double(index) * job.stageSeconds)
    }

    /// The job details object as it read when the job reached milestone `index` (half a millisecond after, so the
    /// clock arithmetic lands on that milestone); with no stage time every milestone is reached at once, and the
    /// job as it is now is all there is to send.
    private func jobEvent(_ job: JobRecord, milestone index: Int, now: Date) -> OutgoingWebhook {
        let at = job.stageSeconds > 0 ? milestoneTime(job, index).addingTimeInterval(0.000_5) : now
        return OutgoingWebhook(kind: .job, body: JobJSON.render(job, envID: envID, flowID: flowID, now: at))
    }
}
