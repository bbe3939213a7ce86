import Foundation
import GlueApp
import GlueCore
import GlueUI
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import Testing

/// Link, update, unlink and run job driven by keys through the session, against the emulator over real HTTP,
/// read back from the emulator's world and the journal.
@Suite("Connector actions against the emulator", .serialized)
struct ConnectorActionsWithEmulatorTests {
    final class Harness {
        let emulator: RunningEmulator
        let client: HotglueClient
        let session: DashboardSession
        let journalPath: String

        init(editor: (any ExternalEditor)? = nil, drafts: DraftStore? = nil) async throws {
            var settings = EmulatorSettings()
            // Jobs stay running for the whole test, so a second one is refused.
            settings.jobStageDuration = .seconds(60)
            emulator = try await HotglueEmulatorServer.start(settings)
            client = HotglueClient(configuration: HotglueConfiguration(
                baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
                apiKey: Secret(settings.apiKey),
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20), maxTotalWait: .seconds(1))))
            journalPath = FileManager.default.temporaryDirectory
                .appendingPathComponent("gluetop-journal-\(UUID().uuidString).jsonl").path
            let journal = ChangeJournal(file: JournalFile(path: journalPath), origin: "test", profile: "demo",
                                        envID: settings.envID, flowID: settings.flowID)
            let model = Model(connection: ConnectionInfo(profile: "demo", host: "127.0.0.1", envID: settings.envID,
                                                         flowID: settings.flowID, isDemo: true),
                              size: Size(width: 120, height: 40), now: Date())
            session = DashboardSession(model: model, source: HotglueDataSource(client: client, journal: journal),
                                       mailbox: Mailbox(wakeup: nil), editor: editor)
            session.drafts = drafts
            session.start()
        }

        var model: Model { session.model }
        var form: ChangeForm? {
            if case .form(let form) = model.overlay { return form }
            return nil
        }

        func until(_ what: String, timeout: Duration = .seconds(60), _ condition: (Model) -> Bool) async throws {
            try await session.processUntil(what, timeout: timeout, describe: { "notice: \(session.model.activity.notice ?? "none")" }, condition)
        }

        func press(_ keys: Key...) { session.process(keys.map(Msg.key)) }
        func type(_ text: String) { session.process(text.map { Msg.key(.character($0)) }) }
        func palette(_ command: String) {
            press(.character(":"))
            type(command)
            press(.enter)
        }

        func journal() throws -> [JournalEntry] {
            try JournalFile(path: journalPath).read().entries
        }

        func journalText() -> String {
            (try? String(contentsOfFile: journalPath, encoding: .utf8)) ?? ""
        }

        func worldConnectors(_ tenant: String) async -> [String: JSONObject] {
            var result: [String: JSONObject] = [:]
            for connector in await emulator.world.linkedConnectors(tenant: tenant) {
                if let id = connector["id"]?.stringValue { result[id] = connector["config"]?.objectValue ?? JSONObject() }
            }
            return result
        }

        func close() async throws {
            session.stop()
            await client.shutdown()
            try await emulator.shutdown()
            try? FileManager.default.removeItem(atPath: journalPath)
        }
    }

    @Test("x unlinks exactly the selected connector; l links it back with exactly the config typed")
    func unlinkThenLink() async throws {
        let harness = try await Harness()
        try await harness.until("acme's connectors") { $0.connectors.tenant == "acme" && $0.connectors.selectedRef != nil }
        let ref = try #require(harness.model.connectors.selectedRef)
        let before = await harness.worldConnectors("acme")

        harness.press(.character("x"))
        harness.type(ref.connector.rawValue)
        harness.press(.enter)
        try await harness.until("the unlink") { $0.activity.notice?.hasPrefix("unlinked") == true }
        #expect(!harness.model.connectors.all.contains { $0.id == ref.connector })
        var after = await harness.worldConnectors("acme")
        #expect(after[ref.connector.rawValue] == nil)
        var expected = before
        expected[ref.connector.rawValue] = nil
        #expect(after == expected, "only that connector went")

        harness.press(.character("l"))
        try await harness.until("the picker") { m in
            if case .form(let form) = m.overlay { return form.stage == .picking }
            return false
        }
        #expect(harness.form?.picker?.choices.first { $0.settings.id == ref.connector }?.isLinked == false)
        harness.type(ref.connector.rawValue)
        harness.press(.enter)
        let form = try #require(harness.form)
        var typed = JSONObject()
        for (index, field) in form.fields.enumerated() where field.isRequired {
            #expect(index < form.fields.filter(\.isRequired).count, "required first")
            let value = field.isSecret ? "secret_\(field.key)_XYZ123456" : "value-\(field.key)"
            harness.type(value)
            harness.press(.tab)
            typed[field.key] = JSONValue(value)
        }
        harness.press(.enter)
        #expect(harness.form?.stage == .previewing)
        harness.press(.enter)
        try await harness.until("the link") { $0.activity.notice?.hasPrefix("linked") == true }
        #expect(harness.model.connectors.all.contains { $0.id == ref.connector })
        after = await harness.worldConnectors("acme")
        #expect(after[ref.connector.rawValue] == typed)
        #expect(Set(after.keys) == Set(before.keys))

        let entries = try harness.journal()
        #expect(entries.map(\.action) == ["unlink", "link"])
        #expect(entries.allSatisfy { $0.outcome == .succeeded })
        #expect(!harness.journalText().contains("XYZ123456"), "no secret in the journal")
        try await harness.close()
    }

    @Test("u sends only the changed key; the others survive at Hotglue")
    func updateChangesOnlyThatKey() async throws {
        let harness = try await Harness()
        try await harness.until("acme's connectors") { $0.connectors.tenant == "acme" && $0.connectors.selectedRef != nil }
        let ref = try #require(harness.model.connectors.selectedRef)
        let before = try #require(await harness.worldConnectors("acme")[ref.connector.rawValue])
        harness.press(.character("u"))
        try await harness.until("the update form") { m in
            if case .form(let form) = m.overlay { return form.stage == .editing }
            return false
        }
        let key = try #require(harness.form?.fields.first { !$0.isSecret && $0.text != nil }?.key)
        while harness.form?.focusedField?.key != key { harness.press(.tab) }
        harness.press(.control("u"))
        harness.type("changed-by-test")
        harness.press(.enter)
        try await harness.until("the update") { $0.activity.notice?.hasPrefix("updated") == true }
        let after = try #require(await harness.worldConnectors("acme")[ref.connector.rawValue])
        var expected = before
        expected[key] = "changed-by-test"
        #expect(after == expected)
        let patch = await harness.emulator.requests().filter { $0.method == "PATCH" }
        #expect(patch.count == 1)
        let body = try JSONValue.parse(try #require(patch.first?.body))
        #expect(body["config"]?.objectValue?.keys == [key])

        let entries = try harness.journal()
        #expect(entries.map(\.action) == ["update"])
        #expect(entries.first?.request.contains(key) == true)
        for (name, value) in before where SecretMasking.isSecretKey(name) {
            #expect(!harness.journalText().contains(value.stringValue ?? "\u{0}"), "\(name) in the journal")
        }
        try await harness.close()
    }

    /// Answers each editor run with the next script step, given the request it was handed.
    final class ScriptedEditor: ExternalEditor, @unchecked Sendable {
        var steps: [(EditorRequest) -> EditorOutcome]
        var requests: [EditorRequest] = []

        init(_ steps: [(EditorRequest) -> EditorOutcome]) { self.steps = steps }

        func edit(_ request: EditorRequest) -> EditorOutcome {
            requests.append(request)
            return steps.isEmpty ? .failed("no more steps") : steps.removeFirst()(request)
        }
    }

    @Test(":update --editor: invalid JSON comes back with the error on top; the fix sends only the changed key")
    func updateInTheEditor() async throws {
        let editor = ScriptedEditor([
            { .edited($0.text.replacingOccurrences(of: "\"start_date\": \"", with: "\"start_date\": oops\"")) },
            { .edited($0.text.replacingOccurrences(of: "oops\"20", with: "\"19")) },
        ])
        let harness = try await Harness(editor: editor)
        try await harness.until("acme's connectors") { $0.connectors.tenant == "acme" && $0.connectors.selectedRef != nil }
        let ref = try #require(harness.model.connectors.selectedRef)
        let before = try #require(await harness.worldConnectors("acme")[ref.connector.rawValue])
        harness.palette("update --editor")
        try await harness.until("the update") { $0.activity.notice?.hasPrefix("updated") == true }
        #expect(editor.requests.count == 2)
        #expect(editor.requests.last?.header.first?.contains("not valid") == true)
        for (key, value) in before where SecretMasking.isSecretKey(key) {
            #expect(!(editor.requests.first?.text.contains(value.stringValue ?? "\u{0}") ?? true), "\(key) in the file")
        }
        let after = try #require(await harness.worldConnectors("acme")[ref.connector.rawValue])
        var expected = before
        expected["start_date"] = JSONValue("19" + String(before["start_date"]?.stringValue?.dropFirst(2) ?? ""))
        #expect(after == expected)
        #expect(try harness.journal().map(\.action) == ["update"])
        try await harness.close()
    }

    @Test("r starts one job as asked; a second is refused, then accepted with ignore_parallel_jobs")
    func runJobAndParallelRefusal() async throws {
        let harness = try await Harness()
        try await harness.until("tenants and connectors") { $0.connectors.selectedRef != nil && $0.jobs.load.hasData }
        // A tenant without a running job, so that the first run is accepted.
        var attempts = 0
        while try await harness.hasRunningJob(), attempts < 20 {
            let tenant = harness.model.tenants.selected
            harness.press(.character("j"))
            try await harness.until("the next tenant") {
                $0.tenants.selected != tenant && $0.connectors.selectedRef != nil && $0.jobs.load.hasData
            }
            attempts += 1
        }
        let ref = try #require(harness.model.connectors.selectedRef)
        let jobsBefore = await harness.emulator.world.jobs(tenant: ref.tenant.rawValue).count

        harness.palette("run read --reset --start 2024-01-01 --streams Alpha,Beta")
        #expect(harness.form?.stage == .editing, "the palette fills the form; Enter sends it")
        harness.press(.enter)
        try await harness.until("the job") { $0.activity.notice?.contains("started") == true }
        let jobs = await harness.emulator.world.jobs(tenant: ref.tenant.rawValue)
        #expect(jobs.count == jobsBefore + 1)
        let job = try #require(jobs.first)
        #expect(job["job_type"] == "read")
        #expect(job["override_start_date"] == "2024-01-01")
        #expect(harness.model.jobs.selected?.id == job["job_id"]?.stringValue)
        let post = await harness.emulator.requests().filter { $0.method == "POST" && $0.path.hasSuffix("/jobs") }
        let body = try JSONValue.parse(try #require(post.last?.body))
        #expect(body["reset_source_state"] == true)
        #expect(body["override_selected_tables"] == ["Alpha": true, "Beta": true])
        try await harness.until("the job polled live") { m in
            m.jobs.selected.flatMap(\.jobRoot).map { harness.session.activeSubscriptions.contains(.job(ref.tenant, $0)) } ?? false
        }

        harness.palette("run read")
        harness.press(.enter)
        try await harness.until("the refusal") { m in
            if case .form(let form) = m.overlay, case .parallelRefused = form.stage { return true }
            return false
        }
        #expect(await harness.emulator.world.jobs(tenant: ref.tenant.rawValue).count == jobsBefore + 1)
        harness.press(.character("y"))
        try await harness.until("the second job") { $0.activity.notice?.contains("started") == true }
        #expect(await harness.emulator.world.jobs(tenant: ref.tenant.rawValue).count == jobsBefore + 2)

        let entries = try harness.journal()
        #expect(entries.map(\.action) == ["job.run", "job.run", "job.run"])
        #expect(entries.map { $0.outcome == .succeeded } == [true, false, true])
        try await harness.close()
    }
}

extension ConnectorActionsWithEmulatorTests.Harness {
    func hasRunningJob() async throws -> Bool {
        guard let tenant = model.tenants.selected else { return false }
        let terminal: Set<String> = ["JOB_COMPLETED"]
        return await emulator.world.jobs(tenant: tenant.rawValue).contains { job in
            let status = job["status"]?.stringValue ?? ""
            return !terminal.contains(status) && !status.hasSuffix("_FAILED")
        }
    }
}
