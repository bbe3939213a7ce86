import ArgumentParser
import HotglueModels

/// `gluetop job watch --tenant T JOB_ROOT`: follows a job (by its root, or its id among the tenant's jobs) to its
/// end and exits by its result.
public struct JobWatchCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "watch", abstract: "Follow a job to its end (progress on stderr).", discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @Option(help: "Tenant id.") var tenant: String

    @Option(help: ArgumentHelp("Give up after this many seconds (exit 5).", valueName: "seconds"))
    var timeout: Double?

    @Argument(help: ArgumentHelp("The job's s3_root (as `gluetop jobs` shows it), or its job id.", valueName: "job-root"))
    var jobRoot: String

    public init() {}

    public func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    public func execute(in context: ScriptContext) async throws {
        let tenant = TenantID(self.tenant)
        let limit = timeout.map { Duration.milliseconds(Int(($0 * 1000).rounded())) }
        let job = try await ScriptSession.run(connection, in: context) { session in
            let root = try await session.jobRoot(jobRoot, tenant: tenant)
            return try await Follower(context: context, limit: limit).followJob(session.client, tenant: tenant, root: root)
        }
        try JobListing.print(job, output: output, in: context)
        if job.status.isFailure { throw JobListing.failure(job) }
    }
}
