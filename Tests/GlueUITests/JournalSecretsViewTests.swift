import Foundation
@testable import GlueUI
import HotglueModels
import LosslessJSON
import Testing

/// `:journal` shows a state change's before and after masked by the same rule as the state pane; `v` shows one
/// value at a time.
@Suite struct JournalSecretsViewTests {
    static let before = try! JSONValue.parse(#"""
        {"bookmarks":{"Account":{"replication_key_value":"2026-05-01T00:00:00Z"}},
         "session":{"access_token":"at_OLD_1","token_type":"Bearer","callback":"https://relay:cbpw_OLD_2@relay.example.com/cb"}}
        """#)
    static let after = try! JSONValue.parse(#"""
        {"bookmarks":{"Account":{"replication_key_value":"2026-06-01T00:00:00Z"}},
         "session":{"access_token":"at_NEW_3","token_type":"Bearer","callback":"https://relay:cbpw_NEW_4@relay.example.com/cb"}}
        """#)
    static let secrets = ["at_OLD_1", "cbpw_OLD_2", "at_NEW_3", "cbpw_NEW_4"]

    static func model(size: Size = Size(width: 200, height: 50)) -> Model {
        var model = Fixtures.dashboard(size)
        var entries = ActionOverlayGoldenTests.journalEntries()
        entries[2].before = before
        entries[2].after = after
        var journal = JournalOverlay()
        journal.listing = JournalListing(entries: entries, unreadableLines: 0, path: "/state/journal.jsonl")
        model.overlay = .journal(journal)
        return model
    }

    @Test("before and after are masked; Singer's keys and harmless fields stay readable")
    func masked() {
        let text = view(Self.model(), theme: .default).text
        for secret in Self.secrets { #expect(!text.contains(secret), "\(secret) on screen") }
        #expect(text.contains("\"access_token\":\"\(SecretMasking.mask)\""))
        #expect(text.contains("https://relay:\(SecretMasking.mask)@relay.example.com/cb"))
        #expect(text.contains("\"replication_key_value\":\"2026-06-01T00:00:00Z\""))
        #expect(text.contains("\"token_type\":\"Bearer\""))
    }

    @Test("v shows exactly one secret, names it, and the next v moves on to the next")
    func revealsOne() {
        var model = Self.model()
        _ = update(&model, .key(.character("v")))
        var text = view(model, theme: .default).text
        #expect(Self.secrets.filter { text.contains($0) } == ["at_OLD_1"])
        #expect(text.contains("revealed  before session.access_token"))
        _ = update(&model, .key(.character("v")))
        text = view(model, theme: .default).text
        #expect(Self.secrets.filter { text.contains($0) } == ["cbpw_OLD_2"])
    }

    @Test func journalWithSecrets() {
        var model = Self.model(size: Size(width: 120, height: 40))
        _ = update(&model, .key(.character("v")))
        Golden.assertFrame(model, named: "120x40")
    }
}
