import Foundation
import GlueScript
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("State commands against the emulator")
struct StateCommandTests {
    @Test("get -o json | edit one number | set --file - changes exactly that number")
    func roundTrip() async throws {
        try await ScriptHarness.with { harness in
            let (connector, original) = try await harness.connectorWithNumberInState()
            let got = await harness.run("state", "get", "--tenant", "acme", "--connector", connector, "-o", "json")
            #expect(got.exit == .ok, "\(got.stderr)")
            // The printed document is the stored one, byte for byte once compacted.
            #expect(try got.json().compact() == original)

            // Edit the first number in the text, keeping its neighbours as they are.
            let number = try #require(got.stdout.range(of: #"(?<=: )-?[0-9][0-9.eE+-]*"#, options: .regularExpression))
            let oldText = String(got.stdout[number])
            let newText = oldText == "7" ? "8" : "7"
            let edited = got.stdout.replacingCharacters(in: number, with: newText)

            let set = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", "-",
                                        stdin: edited)
            #expect(set.exit == .ok, "\(set.stderr)")
            let changes = try set.json()["changes"]?.arrayValue ?? []
            #expect(changes.count == 1)
            #expect(changes.first?["change"]?.stringValue == "changed")

            // Expected: the stored text with that one number (the first in document order) replaced.
            var document = try JSONValue.parse(original)
            let path = try #require(firstNumberPath(in: document))
            #expect(document.value(at: path)?.numberText == oldText)
            try document.setValue(.number(try #require(JSONNumber(text: newText))), at: path)
            let stored = try #require(await harness.emulator.world.stateText(tenant: "acme", connector: connector))
            #expect(stored == document.compact())
            #expect(stored.count == original.count - oldText.count + newText.count)
        }
    }

    @Test("set from a file; the journal holds the full before and after; undo restores the before")
    func setAndUndo() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let original = try #require(await harness.emulator.world.stateText(tenant: "acme", connector: connector))
            let file = harness.home.appendingPathComponent("state.json")
            try #"{"bookmarks": {"orders": {"replication_key_value": 12345678901234567890.10}}}"#
                .write(to: file, atomically: true, encoding: .utf8)
            let set = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", file.path)
            #expect(set.exit == .ok, "\(set.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector)
                == #"{"bookmarks":{"orders":{"replication_key_value":12345678901234567890.10}}}"#)

            let entry = try #require(try harness.journal().last)
            #expect(entry["origin"]?.stringValue == "cli")
            #expect(entry["action"]?.stringValue == "state.set")
            #expect(entry["before"]?.compact() == original)
            #expect(entry["after"]?.compact() == #"{"bookmarks":{"orders":{"replication_key_value":12345678901234567890.10}}}"#)

            let undo = await harness.run("state", "undo", "--tenant", "acme", "--connector", connector)
            #expect(undo.exit == .ok, "\(undo.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == original)
            #expect(try harness.journal().map { $0["action"]?.stringValue } == ["state.set", "state.undo"])
        }
    }

    @Test("undo refuses (exit 4) when the state changed since the journaled change")
    func undoConflict() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let set = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", "-",
                                        stdin: #"{"bookmarks": {}}"#)
            #expect(set.exit == .ok, "\(set.stderr)")
            await harness.emulator.world.setState(["bookmarks": ["x": 1]], tenant: "acme", connector: connector)
            let undo = await harness.run("state", "undo", "--tenant", "acme", "--connector", connector)
            #expect(undo.exit == .refused)
            #expect(undo.stderr.contains("changed since"))
            #expect(undo.stderr.split(separator: "\n").count == 1)
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == #"{"bookmarks":{"x":1}}"#)
            #expect(try harness.journal().last?["result"]?.stringValue == "conflict")
        }
    }

    @Test("undo goes ahead when the state is the journaled after with its keys in another order")
    func undoIgnoresKeyOrder() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let original = try #require(await harness.emulator.world.stateText(tenant: "acme", connector: connector))
            let set = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", "-",
                                        stdin: #"{"bookmarks": {"a": 1.10, "b": 2}}"#)
            #expect(set.exit == .ok, "\(set.stderr)")
            // As an API might store it: the same document, keys reordered, number text kept.
            await harness.emulator.world.setState(try JSONValue.parse(#"{"bookmarks": {"b": 2, "a": 1.10}}"#),
                                                  tenant: "acme", connector: connector)
            let undo = await harness.run("state", "undo", "--tenant", "acme", "--connector", connector)
            #expect(undo.exit == .ok, "\(undo.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == original)
        }
    }

    @Test("undo with nothing journaled is not found (3)")
    func undoWithoutJournal() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let undo = await harness.run("state", "undo", "--tenant", "acme", "--connector", connector)
            #expect(undo.exit == .notFound)
        }
    }

    @Test("delete clears the state, journaled; undo brings it back; get then says not found")
    func deleteAndUndo() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let original = await harness.emulator.world.stateText(tenant: "acme", connector: connector)
            let delete = await harness.run("state", "delete", "--tenant", "acme", "--connector", connector)
            #expect(delete.exit == .ok, "\(delete.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == nil)
            let get = await harness.run("state", "get", "--tenant", "acme", "--connector", connector)
            #expect(get.exit == .notFound)
            let entry = try #require(try harness.journal().last)
            #expect(entry["action"]?.stringValue == "state.delete")
            #expect(entry["before"]?.compact() == original)
            #expect(entry["after"]?.isNull == true)
            let undo = await harness.run("state", "undo", "--tenant", "acme", "--connector", connector)
            #expect(undo.exit == .ok, "\(undo.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == original)
        }
    }

    @Test("set refuses bad JSON and masked secrets with exit 2, sending nothing")
    func setRefusesBadInput() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let original = await harness.emulator.world.stateText(tenant: "acme", connector: connector)
            let broken = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", "-",
                                           stdin: "{\"bookmarks\": ")
            #expect(broken.exit == .usage)
            #expect(broken.stderr.contains("line 1"))
            let masked = await harness.run("state", "set", "--tenant", "acme", "--connector", connector, "--file", "-",
                                           stdin: #"{"token": "••••••"}"#)
            #expect(masked.exit == .usage)
            let missing = await harness.run("state", "set", "--tenant", "acme", "--connector", connector,
                                            "--file", "/nonexistent/state.json")
            #expect(missing.exit == .usage)
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == original)
            #expect(try harness.journal().isEmpty)
        }
    }

    @Test("get as a table lists each leaf with its path")
    func getTable() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            let table = await harness.run("state", "get", "--tenant", "acme", "--connector", connector, terminal: true)
            #expect(table.exit == .ok)
            #expect(table.stdout.hasPrefix("PATH"))
            #expect(table.stdout.contains("bookmarks"))
        }
    }

    @Test("--readonly refuses a change with exit 4 before sending it")
    func readOnly() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.connectorWithState()
            await harness.emulator.clearRequests()
            let result = await harness.run("state", "delete", "--tenant", "acme", "--connector", connector, "--readonly")
            #expect(result.exit == .refused)
            #expect(await harness.emulator.requests().allSatisfy { $0.method == "GET" })
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) != nil)
        }
    }
}

/// The path of the first number in document order (the order `pretty()` prints).
func firstNumberPath(in value: JSONValue, at path: [JSONPath.Component] = []) -> JSONPath? {
    switch value {
    case .number: return JSONPath(path)
    case .object(let object):
        for (key, member) in object {
            if let found = firstNumberPath(in: member, at: path + [.key(key)]) { return found }
        }
        return nil
    case .array(let items):
        for (index, item) in items.enumerated() {
            if let found = firstNumberPath(in: item, at: path + [.index(index)]) { return found }
        }
        return nil
    default: return nil
    }
}
