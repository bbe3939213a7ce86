import Foundation
@testable import GlueApp
import GlueCore
import HotglueAPI
import HotglueModels
import Testing

/// `gluetop job log` and the dashboard's `s` (the same export and text), against the emulator over real HTTP:
/// every line the API has for a finished job, in order.
@Suite struct JobLogTests {
    /// acme's finished jobs, with the whole log the API gives for the first one (every page, read directly).
    static func finishedJob(_ harness: ScriptHarness) async throws -> (Job, [JobLogLine], HotglueClient) {
        let client = Self.client(harness)
        let jobs = try await client.listJobs(tenant: "acme")
        let job = try #require(jobs.first { $0.status.isTerminal && $0.jobRoot != nil })
        var lines: [JobLogLine] = []
        var offset = 0
        while case .page(let page) = try await client.jobLogs(tenant: "acme", jobRoot: job.jobRoot!, offset: offset),
              !page.lines.isEmpty, page.nextOffset > offset {
            lines += page.lines
            offset = page.nextOffset
        }
        #expect(!lines.isEmpty, "the emulator's finished jobs have logs")
        return (job, lines, client)
    }

    /// The file's log lines (after the `#` header): each is `TIME LEVEL TEXT` of one API line.
    static func expectSameLines(_ text: String, as api: [JobLogLine], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let printed = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(printed.count == api.count, sourceLocation: sourceLocation)
        for (line, source) in zip(printed, api) {
            let expected = [source.time.map(HotglueDate.format), source.level, SecretMasking.maskText(source.text)]
                .compactMap { $0 }.joined(separator: " ")
            #expect(line == expected, sourceLocation: sourceLocation)
        }
    }

    @Test("job log prints the header with the timeline, then every line of a finished job's log")
    func printsTheWholeLog() async throws {
        try await ScriptHarness.with { harness in
            let (job, api, client) = try await Self.finishedJob(harness)
            defer { Task { await client.shutdown() } }
            let result = await harness.run("job", "log", "--tenant", "acme", job.id)
            #expect(result.exit == .ok, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("# gluetop job log\n# job: \(job.id)\n# tenant: acme\n"))
            #expect(result.stdout.contains("# s3_root: \(job.jobRoot!.rawValue)\n"))
            #expect(result.stdout.contains("# status: \(job.status.rawValue)\n"))
            for entry in job.statusTimeline { #expect(result.stdout.contains(" " + entry.status.rawValue + "\n")) }
            Self.expectSameLines(result.stdout, as: api)
        }
    }

    @Test("s in the dashboard writes the same whole log, atomically, under $XDG_STATE_HOME/gluetop/logs/")
    func dashboardSavesTheWholeLog() async throws {
        try await ScriptHarness.with { harness in
            let (job, api, client) = try await Self.finishedJob(harness)
            defer { Task { await client.shutdown() } }
            let paths = AppPaths(environment: harness.environment)
            let request = LogSaveRequest(tenant: "acme", connector: job.connector, jobID: job.id, jobRoot: job.jobRoot!,
                                         path: nil)
            let answer = await JobLogSaver.save(request, from: HotglueDataSource(client: client), paths: paths)
            guard case .jobLogSaved(_, .success(let receipt)) = answer else {
                Issue.record("not saved: \(answer)")
                return
            }
            let expectedPath = harness.home.path + "/state/gluetop/logs/acme-\(job.connector!.rawValue)-\(job.id).log"
            #expect(receipt.path == expectedPath)
            #expect(receipt.lines == api.count)
            let text = try String(contentsOfFile: receipt.path, encoding: .utf8)
            #expect(receipt.bytes == text.utf8.count)
            Self.expectSameLines(text, as: api)
            let printed = await harness.run("job", "log", "--tenant", "acme", job.jobRoot!.rawValue)
            #expect(printed.stdout == text, "the file and `gluetop job log` say the same")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: harness.home.path + "/state/gluetop/logs")
            #expect(leftovers == [receipt.path.split(separator: "/").last.map(String.init)!], "no temp file left")
        }
    }

    @Test("a log that cannot be written says what and where, and leaves nothing behind")
    func unwritablePath() async throws {
        try await ScriptHarness.with { harness in
            let (job, _, client) = try await Self.finishedJob(harness)
            defer { Task { await client.shutdown() } }
            let blocker = harness.home.appendingPathComponent("a-file")
            try Data("x".utf8).write(to: blocker)
            let target = blocker.path + "/logs/job.log"
            let request = LogSaveRequest(tenant: "acme", connector: job.connector, jobID: job.id, jobRoot: job.jobRoot!,
                                         path: target)
            let answer = await JobLogSaver.save(request, from: HotglueDataSource(client: client))
            guard case .jobLogSaved(_, .failure(let failure)) = answer else {
                Issue.record("saved where it could not be: \(answer)")
                return
            }
            #expect(failure.path == target)
            #expect(failure.reason.contains("cannot make the folder \(blocker.path)/logs"))
            var model = Model(connection: ConnectionInfo(profile: "demo", host: "h", envID: "e", flowID: "f"),
                              size: Size(width: 120, height: 40), now: Date())
            _ = update(&model, answer)
            #expect(model.activity.notice?.hasPrefix("log of \(job.id) not saved to \(target): cannot make the folder") == true)
        }
    }

    @Test("job log --follow prints the lines of a running job as they come, each once, and ends with it")
    func followsARunningJob() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.firstAcmeConnector()
            let started = await harness.run("job", "run", "--tenant", "acme", "--connector", connector, "--type", "read",
                                            "--ignore-parallel")
            #expect(started.exit == .ok, "\(started.stderr)")
            let root = try #require(try started.json()["s3_root"]?.stringValue, "\(started.stdout)")
            let result = await harness.run("job", "log", "--tenant", "acme", root, "--follow")
            let status = result.stdout.split(separator: "\n").last { $0.hasPrefix("# status: ") }
            let final = try #require(status.map { String($0.dropFirst("# status: ".count)) })
            #expect(result.exit == (final.hasSuffix("_FAILED") ? .apiError : .ok), "\(result.stderr)")
            let (_, api, client) = try await (Self.finishedJobLines(harness, root: JobRoot(root)))
            defer { Task { await client.shutdown() } }
            Self.expectSameLines(result.stdout, as: api)
        }
    }

    static func finishedJobLines(_ harness: ScriptHarness, root: JobRoot) async throws -> (Job, [JobLogLine], HotglueClient) {
        let client = Self.client(harness)
        let export = try await JobLogExport.fetch(client, tenant: "acme", root: root)
        return (export.job, export.lines, client)
    }

    static func client(_ harness: ScriptHarness) -> HotglueClient {
        let settings = harness.emulator.settings
        return HotglueClient(configuration: HotglueConfiguration(
            baseURL: harness.emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
            apiKey: Secret(settings.apiKey)))
    }
}
