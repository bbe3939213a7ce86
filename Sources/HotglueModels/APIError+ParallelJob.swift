extension APIError {
    /// True when "run a job" was refused because a job already runs: a 409, or a 400 whose message says so (the
    /// API's answer is [guess]; the emulator answers 400 "A job is already running … pass ignore_parallel_jobs").
    /// Sending again with `ignore_parallel_jobs` may then succeed.
    public var isParallelJobRefusal: Bool {
        switch category {
        case .conflict where status == 409:
            return true
        case .badRequest:
            let said = (serverMessage ?? summary).lowercased()
            return said.contains("already running") || said.contains("ignore_parallel_jobs")
                || said.contains("parallel job")
        default:
            return false
        }
    }
}
