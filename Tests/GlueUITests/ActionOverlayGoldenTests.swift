import Foundation
@testable import GlueUI
import LosslessJSON
import Testing

/// The overlays every action shares: confirmations (yes/no, typed, production) and the journal.
@Suite struct ActionOverlayGoldenTests {
    static let ref = ConnectorRef(tenant: "acme", connector: "salesforce")

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func typedConfirmationWithAWrongAnswer(size: Size) {
        var model = Fixtures.dashboard(size)
        var question = Confirmation(title: "Unlink salesforce",
                                    lines: ["Unlink salesforce from tenant acme?",
                                            "Its config and state at Hotglue go with it."],
                                    answer: .typed("salesforce"), request: .triggerDiscover(Self.ref),
                                    pendingNotice: "unlinking…")
        question.input = TextInput("sales")
        question.error = "'sales' is not salesforce: nothing was changed"
        model.overlay = .confirm(question)
        let frame = view(model, theme: .default)
        #expect(frame.text.contains("Type salesforce and press Enter to confirm:"))
        #expect(frame.text.contains("> sales"))
        Golden.assertFrame(model, named: Golden.name(size))
    }

    @Test func productionConfirmationNamesTheEnvironment() {
        var model = Fixtures.dashboard(Size(width: 120, height: 40))
        model.connection.profile = "prod"
        model.connection.production = true
        // hubspot: salesforce's discovery is already running in the fixture.
        for key in [Key.tab, .character("j"), .character("d")] { _ = update(&model, .key(key)) }
        let frame = view(model, theme: .default)
        #expect(frame.text.contains("PRODUCTION · prod"))
        #expect(frame.text.contains("Type prod and press Enter to confirm:"))
        Golden.assertFrame(model, named: "120x40")
    }

    static func journalEntries() -> [JournalEntry] {
        let base = FixtureData.now.addingTimeInterval(-600)
        let before = try! JSONValue.parse(#"{"bookmarks":{"Account":{"replication_key_value":"2026-05-01T00:00:00Z"}}}"#)
        let after = try! JSONValue.parse(#"{"bookmarks":{"Account":{"replication_key_value":"2026-04-01T00:00:00Z"}}}"#)
        return [
            JournalEntry(time: base, origin: "dashboard", profile: "demo", envID: "demo.hg.example.com",
                         flowID: "l8odS2mce", tenant: "acme", connector: "salesforce", action: "discover",
                         request: "GET linkedConnectors/discover connector_id=salesforce", outcome: .succeeded),
            JournalEntry(time: base.addingTimeInterval(60), origin: "cli", profile: "demo", envID: "demo.hg.example.com",
                         flowID: "l8odS2mce", tenant: "acme", connector: "hubspot", action: "job.run",
                         request: "POST jobs connector_id=hubspot job_type=read", outcome: .failed("a job is already running (409)")),
            JournalEntry(time: base.addingTimeInterval(120), origin: "dashboard", profile: "demo",
                         envID: "demo.hg.example.com", flowID: "l8odS2mce", tenant: "acme", connector: "salesforce",
                         action: "state.set", request: "PUT state salesforce", outcome: .succeeded,
                         before: before, after: after),
        ]
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func journal(size: Size) {
        var model = Fixtures.dashboard(size)
        var journal = JournalOverlay()
        journal.listing = JournalListing(entries: Self.journalEntries(), unreadableLines: 1, path: "/state/journal.jsonl")
        model.overlay = .journal(journal)
        let frame = view(model, theme: .default)
        #expect(frame.text.contains("Journal 3"))
        #expect(frame.text.contains("state.set"))
        #expect(frame.text.contains("1 line(s) of /state/journal.jsonl could not be read"))
        Golden.assertFrame(model, named: Golden.name(size))
    }
}
