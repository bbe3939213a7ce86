import ArgumentParser
import HotglueModels

/// `gluetop jobs --tenant T [--status failed] [--count N]`: a tenant's jobs, newest first.
public struct JobsCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "List a tenant's jobs, newest first.", discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @Option(help: "Tenant id.") var tenant: String

    @Option(help: "Only jobs with this status: failed (any *_FAILED), completed, or a status name like SYNC_FAILED.")
    var status: String?

    @Option(help: "At most this many jobs.") var count: Int?

    public init() {}

    public func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if let status, status.isEmpty { throw ValidationError("--status must not be empty") }
    }

    var statusFilter: JobStatusFilter? {
        guard let status else { return nil }
        switch status.lowercased() {
        case "failed", "failure": return .anyFailure
        case "completed", "succeeded": return JobStatusFilter(.jobCompleted)
        default: return JobStatusFilter(rawValue: status.uppercased())
        }
    }

    public func execute(in context: ScriptContext) async throws {
        let tenant = TenantID(self.tenant)
        let jobs = try await ScriptSession.run(connection, in: context) { session in
            let jobs = try await session.client.listJobs(tenant: tenant, count: count, status: statusFilter)
            if jobs.isEmpty { try await session.requireTenant(tenant) }
            return jobs
        }
        try JobListing.print(jobs, output: output, in: context)
    }
}
