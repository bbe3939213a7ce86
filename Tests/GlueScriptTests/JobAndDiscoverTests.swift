import Foundation
import GlueScript
import HotglueEmulator
import LosslessJSON
import TestSupport
import Testing

@Suite("Discover and job commands against the emulator")
struct JobAndDiscoverTests {
    @Test("discover starts a discovery, journaled once; without --wait it exits at once")
    func discover() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.firstAcmeConnector()
            let result = await harness.run("discover", "--tenant", "acme", "--connector", connector)
            #expect(result.exit == .ok, "\(result.stderr)")
            #expect(try result.json()["status"]?.stringValue == "STARTED")
            let journal = try harness.journal()
            #expect(journal.count == 1)
            #expect(journal.first?["action"]?.stringValue == "discover")
            #expect(journal.first?["result"]?.stringValue == "succeeded")
        }
    }

    @Test("discover --wait follows it to its end, plain progress lines when piped, and exits by its result")
    func discoverWait() async throws {
        // The emulator's clock only moves when told: the discovery is seen running, then ends.
        try await ScriptHarness.with(ScriptHarness.frozenSettings()) { harness in
            let connector = try await harness.firstAcmeConnector()
            let command = Task {
                await harness.run("discover", "--tenant", "acme", "--connector", connector, "--wait", "--timeout", "30")
            }
            try await harness.waitForRequest("a discovery poll") { $0.path.hasSuffix("/discover/poll") }
            harness.emulator.settings.clock.advance(by: .seconds(1))
            let result = await command.value
            let status = try #require(try result.json()["status"]?.stringValue)
            #expect(status == "SUCCEEDED" || status.hasPrefix("FAILED"))
            #expect(result.exit == (status.hasPrefix("FAILED") ? .apiError : .ok), "\(result.stderr)")
            #expect(result.stderr.contains("discovering \(connector) (tenant acme)"))
            #expect(result.stderr.contains("discovery of \(connector) \(status)"))
            #expect(!result.stderr.contains("\r"))
            // One line per status, not one per poll.
            #expect(result.stderr.components(separatedBy: "discovering").count == 2)
            if status == "SUCCEEDED" { #expect(try result.json()["streams"]?.intValue != nil) }
        }
    }

    @Test("on a terminal the progress is one line redrawn with \\r")
    func progressOnTerminal() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.firstAcmeConnector()
            let result = await harness.run("job", "run", "--tenant", "acme", "--connector", connector, "--wait",
                                           "--ignore-parallel", terminal: true)
            #expect(result.stderr.contains("\r["))
            #expect(result.stderr.hasSuffix("\n"))
            #expect(result.stdout.hasPrefix("JOB"))
        }
    }

    @Test("job run --wait follows the job to its end and exits by its status; one journal entry")
    func runAndWait() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.firstAcmeConnector()
            let result = await harness.run("job", "run", "--tenant", "acme", "--connector", connector, "--type", "read",
                                           "--reset", "--streams", "a,b", "--start", "2024-05-01T00:00:00Z",
                                           "--ignore-parallel", "--wait")
            let job = try result.json()
            let status = try #require(job["status"]?.stringValue)
            #expect(status == "JOB_COMPLETED" || status.hasSuffix("_FAILED"))
            #expect(result.exit == (status == "JOB_COMPLETED" ? .ok : .apiError), "\(result.stderr)")
            #expect(result.stderr.contains("job \(job["job_id"]?.stringValue ?? "?")"))
            let journal = try harness.journal()
            #expect(journal.count == 1)
            #expect(journal.first?["action"]?.stringValue == "job.run")
            let request = journal.first?["request"]?.stringValue ?? ""
            // The dashboard's and the script's journal lines are the same: the body sent, which holds no secret.
            #expect(request.hasPrefix("POST jobs {") && request.contains(#""reset_source_state":true"#)
                && request.contains(#""override_selected_tables""#), "\(request)")
            let sent = await harness.emulator.requests().first { $0.method == "POST" }
            #expect(sent?.body?.contains(#""override_selected_tables""#) == true)
        }
    }

    @Test("a second job while one runs is refused (exit 4); --ignore-parallel starts it")
    func parallelRefused() async throws {
        try await ScriptHarness.with(ScriptHarness.frozenSettings()) { harness in
            let connector = try await harness.firstAcmeConnector()
            let first = await harness.run("job", "run", "--tenant", "acme", "--connector", connector,
                                          "--ignore-parallel")
            #expect(first.exit == .ok, "\(first.stderr)")
            let second = await harness.run("job", "run", "--tenant", "acme", "--connector", connector)
            #expect(second.exit == .refused)
            #expect(second.stderr.contains("already running"))
            #expect(second.stderr.split(separator: "\n").count == 1)
            let third = await harness.run("job", "run", "--tenant", "acme", "--connector", connector,
                                          "--ignore-parallel")
            #expect(third.exit == .ok)
            let results = try harness.journal().map { $0["result"]?.stringValue }
            #expect(results == ["succeeded", "failed", "succeeded"])
        }
    }

    @Test("--wait gives up after --timeout with exit 5, for a discovery and for a job")
    func timeouts() async throws {
        try await ScriptHarness.with(ScriptHarness.frozenSettings()) { harness in
            let connector = try await harness.firstAcmeConnector()
            let discover = await harness.run("discover", "--tenant", "acme", "--connector", connector, "--wait",
                                             "--timeout", "0.2")
            #expect(discover.exit == .timedOut)
            #expect(discover.stderr.contains("still running after 0.2s"))
            let job = await harness.run("job", "run", "--tenant", "acme", "--connector", connector, "--wait",
                                        "--ignore-parallel", "--timeout", "0.2")
            #expect(job.exit == .timedOut)
        }
    }

    @Test("--timeout also cuts a poll that hangs")
    func timeoutCutsHangingPoll() async throws {
        try await ScriptHarness.with(ScriptHarness.frozenSettings(), detachedShutdown: true) { harness in
            let connector = try await harness.firstAcmeConnector()
            harness.emulator.faults.add(FaultRule(.latency(.seconds(120)), route: .pathContains("discover/poll")))
            // Waiting for the poll's answer would take its 120 s: the 30 s guard only fails such a wait sooner.
            let result = try await firstOf(
                await harness.run("discover", "--tenant", "acme", "--connector", connector, "--wait", "--timeout", "0.3"),
                orFailAfter: .seconds(30), "discover --wait --timeout 0.3 against a hanging poll")
            #expect(result.exit == .timedOut)
        }
    }

    @Test("job watch follows a job by its root or its id")
    func watch() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.firstAcmeConnector()
            let started = try await harness.run("job", "run", "--tenant", "acme", "--connector", connector,
                                                "--ignore-parallel").json()
            let root = try #require(started["s3_root"]?.stringValue)
            let byRoot = await harness.run("job", "watch", "--tenant", "acme", root)
            let status = try #require(try byRoot.json()["status"]?.stringValue)
            #expect(byRoot.exit == (status == "JOB_COMPLETED" ? .ok : .apiError), "\(byRoot.stderr)")
            let id = try #require(started["job_id"]?.stringValue)
            let byID = await harness.run("job", "watch", "--tenant", "acme", id)
            #expect(try byID.json()["s3_root"]?.stringValue == root)
            let unknown = await harness.run("job", "watch", "--tenant", "acme", "nojob")
            #expect(unknown.exit == .notFound)
        }
    }
}
