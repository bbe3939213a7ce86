import ArgumentParser
import GlueApp
import HotglueAPI
import HotglueModels

/// `gluetop job log --tenant T JOB [--follow]`: a job's whole log as the dashboard's `s` saves it (a header with the
/// status timeline, then `TIME LEVEL TEXT` lines); `--follow` polls until the job ends, printing only new lines.
public struct JobLogCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Print a job's whole log (with --follow, until the job ends).",
        discussion: "With --follow the exit code is the job's result: 1 when it failed.\n" + exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions

    @Option(help: "Tenant id.") var tenant: String

    @Flag(help: "Poll until the job ends, printing new lines as they come.") var follow = false

    @Argument(help: ArgumentHelp("The job's s3_root (as `gluetop jobs` shows it), or its job id.", valueName: "job"))
    var job: String

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let tenant = TenantID(self.tenant)
        let ended = try await ScriptSession.run(connection, in: context) { session in
            let root = try await session.jobRoot(job, tenant: tenant)
            var export = try await JobLogExport.fetch(session.client, tenant: tenant, root: root)
            context.standardOutput.write(JobLogText.document(export, tenant: tenant))
            guard follow else { return export.job }
            var status = export.job.status
            while !export.job.status.isTerminal {
                try await Task.sleep(for: context.pollInterval)
                export.job = try await session.client.pollJob(tenant: tenant, jobRoot: root)
                let fresh = try await export.readNewLines(session.client, tenant: tenant, root: root)
                if !fresh.isEmpty { context.standardOutput.write(fresh.map(JobLogText.line).joined(separator: "\n") + "\n") }
                if export.job.status != status {
                    status = export.job.status
                    context.standardOutput.write("# status: \(status.rawValue)\n")
                }
            }
            // Lines written between the last page and the end.
            let last = try await export.readNewLines(session.client, tenant: tenant, root: root)
            if !last.isEmpty { context.standardOutput.write(last.map(JobLogText.line).joined(separator: "\n") + "\n") }
            return export.job
        }
        if follow, ended.status.isFailure { throw JobListing.failure(ended) }
    }
}

extension ScriptSession {
    /// A root is used as given; a bare job id is looked up among the tenant's jobs (ids are short and not unique:
    /// the newest wins).
    func jobRoot(_ text: String, tenant: TenantID) async throws -> JobRoot {
        if text.contains("/") { return JobRoot(text) }
        let jobs = try await client.listJobs(tenant: tenant)
        guard let root = jobs.first(where: { $0.id == text })?.jobRoot else {
            throw ScriptFailure.notFound("no job \(text) among the jobs of tenant \(tenant)")
        }
        return root
    }
}
