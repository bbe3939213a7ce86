import Foundation
import GlueApp
import GlueCore
import HotglueModels
import TestSupport
import Testing

/// What is typed into an update form is on disk from the first key (its secrets never), and a run started after
/// the first one ended offers it; `u` then opens the form with it, over real HTTP against the emulator.
@Suite("Form drafts on disk", .serialized)
struct FormDraftsOnDiskTests {
    typealias Harness = ConnectorActionsWithEmulatorTests.Harness

    @Test("typing is saved as it happens, secrets left out; the next run lists it and resumes it into the form")
    func savedAndResumed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-drafts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = DraftStore(directory: folder)
        let first = try await Harness(drafts: store)
        try await first.until("acme's connectors") { $0.connectors.tenant == "acme" && $0.connectors.selectedRef != nil }
        let ref = try #require(first.model.connectors.selectedRef)
        first.press(.character("u"))
        try await first.until("the update form") { model in
            if case .form(let form) = model.overlay, form.stage == .editing { return true }
            return false
        }
        let fields = try #require(first.form?.fields)
        let secret = try #require(fields.first { $0.isSecret }?.key)
        let plain = try #require(fields.first { !$0.isSecret && $0.text != nil }?.key)
        let secretIndex = try #require(fields.firstIndex { $0.key == secret })
        let plainIndex = try #require(fields.firstIndex { $0.key == plain })

        // The secret field first: typing over it replaces the masked value.
        for _ in 0..<secretIndex { first.press(.tab) }
        first.type("typed-secret-value-1234")
        for _ in 0..<((plainIndex - secretIndex + fields.count) % fields.count) { first.press(.tab) }
        first.press(.control("u"))
        first.type("typed-plain-value")

        let path = store.path(of: FormDraft.Key(kind: .update, ref: ref), envID: first.model.connection.envID,
                              flowID: first.model.connection.flowID)
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        #expect(onDisk.contains("typed-plain-value"), "saved before Esc or Enter")
        #expect(!onDisk.contains("typed-secret-value-1234"), "a secret is never written")
        #expect(onDisk.contains(secret), "the secret is named, to be typed again")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // The run ends without Esc or Enter (as a dropped ssh session would end it).
        try await first.close()

        let second = try await Harness(drafts: store)
        try await second.until("the recovery overlay") { model in
            if case .recovery = model.overlay { return true }
            return false
        }
        guard case .recovery(let overlay) = second.model.overlay, case .formDraft(let found)? = overlay.selected else {
            try wrongCase(second.model.overlay, expected: ".recovery with a form draft")
        }
        #expect(found.key == FormDraft.Key(kind: .update, ref: ref))
        #expect(found.secretsToRetype == [secret])
        second.press(.enter)
        try await second.until("the form, resumed") { model in
            if case .form(let form) = model.overlay, form.stage == .editing { return true }
            return false
        }
        let form = try #require(second.form)
        #expect(form.field(plain)?.text == "typed-plain-value")
        #expect(form.secretsToRetype == [secret])
        // Esc with nothing new sent: the draft is still kept; confirmed writes remove it (FormDraftTests).
        second.press(.escape)
        #expect(FileManager.default.fileExists(atPath: path))
        try await second.close()
    }
}
