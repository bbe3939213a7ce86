import Foundation
import GlueCore
import LosslessJSON
import TestSupport
import Testing

@Suite(":journal")
struct JournalOverlayTests {
    static func entry(_ action: String, at seconds: Double, outcome: JournalEntry.Outcome = .succeeded) -> JournalEntry {
        JournalEntry(time: Fixtures.at(seconds), origin: "dashboard", profile: "demo", envID: "demo.hg.example.com",
                     flowID: "l8odS2mce", tenant: "acme", connector: "salesforce", action: action,
                     request: "\(action) salesforce", outcome: outcome)
    }

    @Test(":journal opens the overlay at once and asks for the file; entries show newest first")
    func opens() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character(":"))
        Fixtures.type(&model, "journal")
        #expect(Fixtures.press(&model, .enter) == [.loadJournal])
        guard case .journal(let empty) = model.overlay else { try wrongCase(model.overlay, expected: ".journal") }
        #expect(empty.listing == nil)
        let listing = JournalListing(entries: [Self.entry("discover", at: 1), Self.entry("state.set", at: 2)],
                                     unreadableLines: 0, path: "/tmp/j.jsonl")
        _ = update(&model, .journalLoaded(.success(listing)))
        guard case .journal(let loaded) = model.overlay else { try wrongCase(model.overlay, expected: ".journal") }
        #expect(loaded.rows.map(\.action) == ["state.set", "discover"])
        #expect(loaded.selected?.action == "state.set")
        _ = Fixtures.press(&model, .character("j"))
        guard case .journal(let moved) = model.overlay else { try wrongCase(model.overlay, expected: ".journal") }
        #expect(moved.selected?.action == "discover")
        #expect(Fixtures.press(&model, .character("R")) == [.loadJournal])
        _ = Fixtures.press(&model, .escape)
        #expect(model.overlay == nil)
    }

    @Test("v reveals one secret of the selected entry at a time, as in the state pane; moving masks it again")
    func revealOneAtATime() throws {
        var model = Fixtures.loaded()
        model.overlay = .journal(JournalOverlay())
        var change = Self.entry("state.set", at: 2)
        change.before = ["session": ["access_token": "old-tok", "token_type": "Bearer"], "bookmarks": ["a": 1]]
        change.after = ["session": ["access_token": "new-tok", "token_type": "Bearer"], "bookmarks": ["a": 2]]
        let listing = JournalListing(entries: [Self.entry("discover", at: 1), change], unreadableLines: 0, path: "j")
        _ = update(&model, .journalLoaded(.success(listing)))
        let token = try #require(JSONPath(parsing: "session.access_token"))

        _ = Fixtures.press(&model, .character("v"))
        #expect(revealed(model) == JournalSecret(side: .before, path: token))
        #expect(model.activity.notice?.contains("before session.access_token") == true)
        _ = Fixtures.press(&model, .character("v"))
        #expect(revealed(model) == JournalSecret(side: .after, path: token))
        _ = Fixtures.press(&model, .character("v"))
        #expect(revealed(model) == nil, "after the last, all masked again")

        _ = Fixtures.press(&model, .character("v"))
        _ = Fixtures.press(&model, .character("j"))
        #expect(revealed(model) == nil, "another entry starts masked")
        _ = Fixtures.press(&model, .character("v"))
        #expect(revealed(model) == nil)
        #expect(model.activity.notice == "nothing is masked in this entry")
    }

    private func revealed(_ model: Model) -> JournalSecret? {
        guard case .journal(let journal) = model.overlay else { return nil }
        return journal.revealed
    }

    @Test("a journal that cannot be read says why in the overlay")
    func unreadable() throws {
        var model = Fixtures.loaded()
        model.overlay = .journal(JournalOverlay())
        _ = update(&model, .journalLoaded(.failure(JournalLoadError("permission denied"))))
        guard case .journal(let journal) = model.overlay else { try wrongCase(model.overlay, expected: ".journal") }
        #expect(journal.error == "permission denied")
    }

    @Test("an answer that arrives after the overlay closed is dropped")
    func late() {
        var model = Fixtures.loaded()
        _ = update(&model, .journalLoaded(.success(JournalListing(entries: [], unreadableLines: 0, path: "x"))))
        #expect(model.overlay == nil)
    }
}
