import Foundation
import GlueCore
import HotglueModels
import LosslessJSON
import Testing

@Suite("The newest bookmark of a state")
struct NewestBookmarkTests {
    @Test("the newest ISO timestamp anywhere in the state; integer cursors, ids and non-dates do not count")
    func newest() throws {
        let state = try JSONValue.parse("""
            {"bookmarks": {"Account": {"replication_key": "SystemModstamp",
                                       "replication_key_value": "2024-05-01T10:00:00.000000+00:00"},
                           "Contact": {"replication_key_value": 12345678901234567890},
                           "Invoice": {"partitions": [{"context": {"id": "2031-ab"},
                                                       "replication_key_value": "2024-06-02T03:04:05Z"}]},
                           "Note": {"progress_markers": {"replication_key_value": "2024-05-30"}}},
             "currently_syncing": "not-a-date"}
            """)
        #expect(NewestBookmark.find(in: state) == HotglueDate.parse("2024-06-02T03:04:05Z"))
        #expect(NewestBookmark.find(in: ["bookmarks": ["a": ["replication_key_value": 42]]]) == nil)
        #expect(NewestBookmark.find(in: nil) == nil)
    }

    @Test("the state pane finds it when the state arrives and forgets it with the selection")
    func keptByThePane() throws {
        var pane = StatePane()
        pane.setDocument(["bookmarks": ["a": ["replication_key_value": "2024-05-01T00:00:00Z"]]])
        #expect(pane.newestBookmark == HotglueDate.parse("2024-05-01T00:00:00Z"))
        pane.reset(for: nil)
        #expect(pane.newestBookmark == nil)
    }
}
