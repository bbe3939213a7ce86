import GlueUI
import LosslessJSON
import TestSupport
import Testing

/// The state edit overlay: the diff preview of an edit and of an undo, and the conflict dialog.
@Suite struct StateEditOverlayGoldenTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func diffPreview(size: Size) {
        let model = StateEditGoldenModels.preview(size)
        let text = view(model, theme: .default).text
        #expect(text.contains("Apply 4 changes to the state of salesforce · tenant acme?"))
        #expect(text.contains("~ bookmarks.Account.replication_key_value"))
        #expect(text.contains("\"2024-05-04T11:58:02.000000Z\" → \"2024-05-05T00:00:00.000000Z\""))
        #expect(text.contains("- bookmarks.Opportunity"))
        #expect(text.contains("+ bookmarks.Lead"))
        Golden.assertFrame(model, named: Golden.name(size))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func conflict(size: Size) {
        let model = StateEditGoldenModels.conflict(size)
        let text = view(model, theme: .default).text
        #expect(text.contains("Conflict · state of salesforce@acme"))
        #expect(text.contains("Changed meanwhile (2 changes):"))
        #expect(text.contains("Your change (4 changes):"))
        #expect(text.contains("o overwrite"))
        Golden.assertFrame(model, named: Golden.name(size))
    }

    @Test func undoPreview() {
        let model = StateEditGoldenModels.undoPreview(Size(width: 120, height: 40))
        #expect(view(model, theme: .default).text.contains("Undo · state of salesforce@acme"))
        Golden.assertFrame(model, named: "120x40")
    }

    @Test("secrets stay masked in the diff until v, and the old token never shows")
    func secretsMasked() {
        var model = StateEditGoldenModels.preview(Size(width: 120, height: 40))
        var text = view(model, theme: .default).text
        #expect(!text.contains("NEWTOKEN"))
        #expect(!text.contains("AQ0AQH0dMHZfz972"))
        #expect(text.contains("~ oauth.access_token"))
        _ = update(&model, .key(.character("v")))
        text = view(model, theme: .default).text
        #expect(text.contains("NEWTOKEN"))
        #expect(text.contains("v mask"))
    }

    @Test("a diff longer than the box says how much more there is, and j scrolls it")
    func scrolls() throws {
        var model = StateEditGoldenModels.conflict(Size(width: 80, height: 24))
        guard case .stateEdit(var overlay) = model.overlay else { try wrongCase(model.overlay, expected: ".stateEdit") }
        overlay.changes += (1...3).map { .added(JSONPath([.key("bookmarks"), .key("Stream\($0)")]), ["replication_key_value": 1]) }
        model.overlay = .stateEdit(overlay)
        var text = view(model, theme: .default).text
        #expect(text.contains("more lines: j/k scroll"))
        #expect(text.contains("The state of salesforce"))
        // Three lines of the running-job warning, then three of the text: "The state of …" scrolls off.
        for _ in 0..<6 { _ = update(&model, .key(.character("j"))) }
        text = view(model, theme: .default).text
        #expect(!text.contains("The state of salesforce"))
        #expect(FrameChecks.problems(view(model, theme: .default)) == [])
    }
}
