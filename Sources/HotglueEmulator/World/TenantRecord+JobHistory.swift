extension TenantRecord {
    /// Forgets the oldest jobs (by start time) beyond `limit`, as Hotglue's job history expires, so a live demo
    /// that runs a job every half minute for days keeps its memory flat. Keeps at least the newest job, which the
    /// live demo's scheduler counts from.
    mutating func forgetOldestJobs(keeping limit: Int) {
        let excess = jobs.count - max(1, limit)
        guard excess > 0 else { return }
        let oldest = Set(jobs.indices.sorted { (jobs[$0].startTime, $0) < (jobs[$1].startTime, $1) }.prefix(excess))
        jobs = jobs.indices.filter { !oldest.contains($0) }.map { jobs[$0] }
    }
}
