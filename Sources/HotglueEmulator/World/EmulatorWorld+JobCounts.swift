/// How many jobs one tenant holds and has run, for `/_emulator/stats` and soak checks.
public struct TenantJobCounts: Sendable, Hashable {
    public let tenant: String
    /// Jobs in the tenant's list now: at most `EmulatorSettings.jobsKeptPerTenant`.
    public let kept: Int
    /// Jobs created since the emulator started (by the API or the live demo's scheduler), forgotten ones included.
    public let created: Int
}

extension EmulatorWorld {
    /// Each tenant generated so far, in tenant order, settled to now first (so the live demo's jobs are counted).
    public func jobCounts() -> [TenantJobCounts] {
        generatedTenantIDs.compactMap { tenant in
            withTenant(tenant) { record, _ in
                TenantJobCounts(tenant: tenant, kept: record.jobs.count, created: record.jobSequence)
            }
        }
    }
}
