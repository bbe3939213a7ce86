import Foundation
import GlueScript
import HotglueEmulator
import LosslessJSON
import Testing

/// `state set|delete --expect FILE`, the running-job guard, and `gluetop journal`, against the emulator.
@Suite("State changes based on what the operator saw")
struct StateExpectTests {
    @Test("set --expect writes when the state is still the expected one, and refuses (4) with the differences when not")
    func setExpect() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let seen = await harness.run("state", "get", "--tenant", "acme", "--connector", connector, "-o", "json",
                                         "--show-secrets")
            #expect(seen.exit == .ok, "\(seen.stderr)")
            let expectFile = harness.home.appendingPathComponent("seen.json")
            try seen.stdout.write(to: expectFile, atomically: true, encoding: .utf8)

            let accepted = await harness.run("state", "set", "--tenant", "acme", "--connector", connector,
                                             "--expect", expectFile.path, "--file", "-", stdin: #"{"bookmarks": {"a": 1}}"#)
            #expect(accepted.exit == .ok, "\(accepted.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == #"{"bookmarks":{"a":1}}"#)

            // The same --expect again: the state moved on (to what the first set wrote), so it is refused.
            await harness.emulator.clearRequests()
            let refused = await harness.run("state", "set", "--tenant", "acme", "--connector", connector,
                                            "--expect", expectFile.path, "--file", "-", stdin: #"{"bookmarks": {"b": 2}}"#)
            #expect(refused.exit == .refused)
            #expect(refused.stderr.contains("changed since"))
            #expect(refused.stdout.contains("bookmarks"), "the differences are printed: \(refused.stdout)")
            #expect(await harness.emulator.requests().allSatisfy { $0.method == "GET" }, "nothing was written")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == #"{"bookmarks":{"a":1}}"#)
            #expect(try harness.journal().last?["result"]?.stringValue == "conflict")
        }
    }

    @Test("delete --expect refuses (4) a state that moved on, and deletes one that did not")
    func deleteExpect() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let expectFile = harness.home.appendingPathComponent("seen.json")
            try #"{"bookmarks": {"old": true}}"#.write(to: expectFile, atomically: true, encoding: .utf8)
            let refused = await harness.run("state", "delete", "--tenant", "acme", "--connector", connector,
                                            "--expect", expectFile.path)
            #expect(refused.exit == .refused)
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) != nil)

            await harness.emulator.world.setState(["bookmarks": ["old": true]], tenant: "acme", connector: connector)
            let deleted = await harness.run("state", "delete", "--tenant", "acme", "--connector", connector,
                                            "--expect", expectFile.path)
            #expect(deleted.exit == .ok, "\(deleted.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == nil)
        }
    }

    @Test("a state change while a job of the connector runs is refused (4) naming the job, unless --force")
    func runningJobGuard() async throws {
        try await ScriptHarness.with(ScriptHarness.frozenSettings()) { harness in
            let connector = try await harness.connectorWithState()
            let run = await harness.run("job", "run", "--tenant", "acme", "--connector", connector)
            #expect(run.exit == .ok, "\(run.stderr)")
            let original = await harness.emulator.world.stateText(tenant: "acme", connector: connector)
            let refused = await harness.run("state", "set", "--tenant", "acme", "--connector", connector,
                                            "--file", "-", stdin: #"{"bookmarks": {}}"#)
            #expect(refused.exit == .refused)
            #expect(refused.stderr.contains("writes its own state when it ends"), "\(refused.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == original)
            let forced = await harness.run("state", "set", "--tenant", "acme", "--connector", connector,
                                           "--force", "--file", "-", stdin: #"{"bookmarks": {}}"#)
            #expect(forced.exit == .ok, "\(forced.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == #"{"bookmarks":{}}"#)
        }
    }

    @Test("journal list and show print the changes, newest first, with ids; show masks states")
    func journalListAndShow() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let set = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", "-",
                                        stdin: #"{"bookmarks": {"a": 1}, "access_token": "tok-VERY-SECRET"}"#)
            #expect(set.exit == .ok, "\(set.stderr)")
            let list = await harness.run("journal", "list", "-o", "json", connection: false)
            #expect(list.exit == .ok, "\(list.stderr)")
            let first = try #require(try list.json().arrayValue?.first)
            #expect(first["action"]?.stringValue == "state.set" && first["result"]?.stringValue == "succeeded")
            let id = try #require(first["id"]?.stringValue)
            let show = await harness.run("journal", "show", String(id.prefix(8)), "-o", "json", connection: false)
            #expect(show.exit == .ok, "\(show.stderr)")
            #expect(try show.json()["after"]?["bookmarks"]?["a"] == 1)
            #expect(!show.stdout.contains("tok-VERY-SECRET"))
            let missing = await harness.run("journal", "show", "ffffffffffff", connection: false)
            #expect(missing.exit == .notFound)
        }
    }

    @Test("journal check finds a change sent with no outcome, says the state took effect, and exits 4")
    func journalCheck() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let set = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", "-",
                                        stdin: #"{"bookmarks": {"a": 1}}"#)
            #expect(set.exit == .ok, "\(set.stderr)")
            let clean = await harness.run("journal", "check", "-o", "json")
            #expect(clean.exit == .ok, "\(clean.stderr)")
            // As a run killed between sending and journaling the answer leaves it: the outcome line is gone.
            let text = try String(contentsOfFile: harness.journalPath, encoding: .utf8)
            let lines = text.split(separator: "\n").filter { !$0.contains(#""kind":"outcome""#) }
            try (lines.joined(separator: "\n") + "\n").write(toFile: harness.journalPath, atomically: true, encoding: .utf8)
            let check = await harness.run("journal", "check", "-o", "json")
            #expect(check.exit == .refused)
            let unresolved = try #require(try check.json()["unresolved"]?.arrayValue?.first)
            #expect(unresolved["action"]?.stringValue == "state.set")
            #expect(unresolved["now"]?.stringValue?.hasPrefix("took effect") == true, "\(check.stdout)")
        }
    }
}
