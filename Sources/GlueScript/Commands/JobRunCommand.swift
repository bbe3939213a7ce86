import ArgumentParser
import Foundation
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON

/// `gluetop job run --tenant T --connector C [...] [--wait]`: starts a job (journaled). A second job while one
/// runs is refused by Hotglue (exit 4) unless `--ignore-parallel`.
public struct JobRunCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Start a job for a linked connector.", discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Waiting") var waiting: WaitOptions
    @OptionGroup var target: ConnectorTarget

    @Option(name: .customLong("type"), help: "read (from the source) or write (to the target).")
    var jobType: JobKind = .read

    @Flag(help: "Reset the source state first: a full sync.")
    var reset = false

    @Option(help: ArgumentHelp("Override the start date, e.g. 2024-05-01T00:00:00Z.", valueName: "date"))
    var start: String?

    @Option(help: ArgumentHelp("Only these streams, comma-separated.", valueName: "a,b"))
    var streams: String?

    @Flag(name: .customLong("ignore-parallel"), help: "Start even while another job runs.")
    var ignoreParallel = false

    public init() {}

    public enum JobKind: String, ExpressibleByArgument, CaseIterable, Sendable {
        case read, write
    }

    var selectedStreams: [String]? {
        streams.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    public func validate() throws {
        if let selectedStreams, selectedStreams.isEmpty { throw ValidationError("--streams names no stream") }
    }

    var request: RunJobRequest {
        RunJobRequest(
            connector: target.connectorID, jobType: jobType == .read ? .read : .write, overrideStartDate: start,
            resetSourceState: reset ? true : nil,
            overrideSelectedTables: selectedStreams.map { JSONObject($0.map { ($0, JSONValue(true)) }) },
            ignoreParallelJobs: ignoreParallel ? true : nil)
    }

    public func execute(in context: ScriptContext) async throws {
        let job = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("job run")
            let job = try session.settle(await session.changes.runJob(target.ref, request))
            guard waiting.wait else { return job }
            guard let root = job.jobRoot else {
                throw ScriptFailure(.apiError, "job \(job.id) started, but the answer has no s3_root to follow it by")
            }
            return try await Follower(context: context, limit: waiting.limit)
                .followJob(session.client, tenant: target.tenantID, root: root)
        }
        try JobListing.print(job, output: output, in: context)
        if waiting.wait, job.status.isFailure { throw JobListing.failure(job) }
    }
}
