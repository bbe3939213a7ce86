import Foundation
import GlueCore
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import TestSupport
import Testing
@testable import GlueApp

/// The one write path against the emulator over real HTTP: intent before the request, outcome after it, nothing
/// sent when the journal cannot be written, one change per connector, and a dropped connection as "unknown".
@Suite("The write path")
struct ChangePerformerTests {
    struct Fixture {
        let emulator: RunningEmulator
        let client: HotglueClient
        let file: JournalFile
        let performer: ChangePerformer
        let ref: ConnectorRef

        init(journalPath: String? = nil) async throws {
            let settings = EmulatorSettings()
            emulator = try await HotglueEmulatorServer.start(settings)
            client = HotglueClient(configuration: HotglueConfiguration(
                baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
                apiKey: Secret(settings.apiKey),
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(10), maxTotalWait: .milliseconds(200))))
            file = JournalFile(path: journalPath ?? FileManager.default.temporaryDirectory
                .appendingPathComponent("gluetop-changes-\(UUID().uuidString)/journal.jsonl").path)
            performer = ChangePerformer(client: client, journal: ChangeJournal(
                file: file, origin: "cli", profile: "demo", envID: settings.envID, flowID: settings.flowID))
            let connector = try #require(try await client.listLinkedConnectors(tenant: "acme").first)
            ref = ConnectorRef(tenant: "acme", connector: connector.id)
            await emulator.world.setState(["bookmarks": ["a": 1]], tenant: "acme", connector: connector.id.rawValue)
            await emulator.clearRequests()
        }

        func worldState() async -> String? {
            await emulator.world.stateText(tenant: ref.tenant.rawValue, connector: ref.connector.rawValue)
        }

        func close() async throws {
            await client.shutdown()
            try await emulator.shutdown()
        }
    }

    @Test("a state write: re-read, intent (with the state re-read), PUT, read back, outcome")
    func writeInOrder() async throws {
        let fixture = try await Fixture()
        let write = StateWrite(ref: fixture.ref, kind: .edit, expected: .unchanged(["bookmarks": ["a": 1]]),
                               target: ["bookmarks": ["a": 2]])
        guard case .written(let before, let after, nil, nil) = await fixture.performer.writeState(write) else {
            Issue.record("expected the write to succeed")
            return
        }
        #expect(before == ["bookmarks": ["a": 1]] && after == ["bookmarks": ["a": 2]])
        #expect(await fixture.emulator.requests().map(\.method) == ["GET", "PUT", "GET"])
        let lines = try String(contentsOfFile: fixture.file.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""kind":"intent""#) && lines[0].contains(#""before":{"bookmarks":{"a":1}}"#))
        #expect(lines[1].contains(#""kind":"outcome""#) && lines[1].contains(#""result":"succeeded""#))
        try await fixture.close()
    }

    @Test("a journal on a full disk: the change is refused with the reason and nothing is sent")
    func fullDiskSendsNothing() async throws {
        let fixture = try await Fixture(journalPath: "/dev/full")
        let write = StateWrite(ref: fixture.ref, kind: .reset, expected: .anything, target: nil)
        guard case .failed(let error, _) = await fixture.performer.writeState(write) else {
            Issue.record("expected the write to be refused")
            return
        }
        #expect(error.category == .refused)
        #expect(error.message.contains("No space left on device") && error.message.contains("nothing was sent"))
        let unlink = await fixture.performer.unlink(fixture.ref)
        #expect((try? unlink.result.get()) == nil)
        #expect(await fixture.emulator.requests().allSatisfy { $0.method == "GET" }, "no change left gluetop")
        #expect(await fixture.worldState() == #"{"bookmarks":{"a":1}}"#)
        try await fixture.close()
    }

    @Test("a change of a connector another gluetop is changing is refused, naming its pid; free again once it lets go")
    func oneChangePerConnectorAcrossProcesses() async throws {
        let fixture = try await Fixture()
        // Another process: its own performer (its own gate) over the same journal folder. flock locks belong to
        // the open file, so two opens conflict as two processes' would.
        let other = ChangePerformer(client: fixture.client, journal: fixture.performer.journal)
        let key = other.gateKey(fixture.ref.tenant, fixture.ref.connector)
        #expect(other.gate.enter(key) == .entered)
        let refused = await fixture.performer.unlink(fixture.ref)
        guard case .failure(let error) = refused.result else {
            try wrongCase(refused.result, expected: ".failure")
        }
        #expect(error.category == .refused)
        #expect(error.message.contains("another gluetop (pid \(getpid())) is changing \(fixture.ref.connector)"))
        #expect(await fixture.emulator.requests().isEmpty, "nothing of it was sent")
        let journal = try fixture.file.read().entries
        #expect(journal.isEmpty, "refused before its intent: the journal holds nothing of it")

        // The holder lets go (as its process does when it ends, or dies: the kernel drops an flock with its file).
        other.gate.leave(key)
        #expect(try await fixture.performer.unlink(fixture.ref).result.get() == ())
        try await fixture.close()
    }

    @Test("a second change of a connector while the first is on its way is refused, and nothing of it is sent")
    func oneChangePerConnector() async throws {
        let fixture = try await Fixture()
        let key = fixture.performer.gateKey(fixture.ref.tenant, fixture.ref.connector)
        #expect(fixture.performer.gate.enter(key) == .entered, "the first change holds the connector")
        let second = await fixture.performer.unlink(fixture.ref)
        guard case .failure(let error) = second.result else {
            Issue.record("expected the second change to be refused")
            return
        }
        #expect(error.category == .refused && error.message.contains("still on its way"))
        let write = await fixture.performer.writeState(
            StateWrite(ref: fixture.ref, kind: .reset, expected: .anything, target: nil))
        guard case .failed(let refusal, _) = write else {
            Issue.record("expected the state write to be refused")
            return
        }
        #expect(refusal.category == .refused)
        #expect(await fixture.emulator.requests().isEmpty)
        fixture.performer.gate.leave(key)
        #expect(try await fixture.performer.unlink(fixture.ref).result.get() == ())
        try await fixture.close()
    }

    @Test("a connection dropped after the PUT was sent: the result is unknown, journaled so, and shown at the next start")
    func droppedConnectionIsUnknown() async throws {
        let fixture = try await Fixture()
        fixture.emulator.faults.add(FaultRule(.dropConnection, route: .pathContains("state"), method: "PUT"))
        let write = StateWrite(ref: fixture.ref, kind: .edit, expected: .unchanged(["bookmarks": ["a": 1]]),
                               target: ["bookmarks": ["a": 2]])
        guard case .unknown(let error, nil) = await fixture.performer.writeState(write) else {
            Issue.record("expected an unknown result")
            return
        }
        #expect(error.requestMayHaveArrived)
        let unresolved = try fixture.file.unresolved()
        #expect(unresolved.count == 1)
        guard case .unknown = unresolved.first?.outcome else {
            Issue.record("expected the journal to say unknown, got \(String(describing: unresolved.first?.outcome))")
            return
        }
        try await fixture.close()
    }

    @Test("a refused state (changed meanwhile) is journaled as a conflict and not written")
    func conflictIsJournaled() async throws {
        let fixture = try await Fixture()
        let write = StateWrite(ref: fixture.ref, kind: .edit, expected: .unchanged(["bookmarks": ["a": 0]]),
                               target: ["bookmarks": ["a": 2]])
        guard case .conflict(let current, nil) = await fixture.performer.writeState(write) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(current == ["bookmarks": ["a": 1]])
        #expect(await fixture.emulator.requests().map(\.method) == ["GET"])
        #expect(try fixture.file.read().entries.last?.outcome == .conflict)
        try await fixture.close()
    }
}
