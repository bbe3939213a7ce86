@testable import GlueUI
import TestSupport
import Testing

/// Help, the command palette, the filter line and message dialogs.
@Suite struct OverlayGoldenTests {
    @Test(arguments: [(PaneID.tenants, Size(width: 80, height: 24)), (.jobs, Size(width: 120, height: 40)),
                      (.state, Size(width: 200, height: 50)), (.discover, Size(width: 80, height: 24))])
    func help(pane: PaneID, size: Size) {
        let model = Fixtures.keys([.character("?")], in: Fixtures.focused(pane, zoomed: false, in: Fixtures.dashboard(size)))
        #expect(model.overlay == .help)
        Golden.assertFrame(model, named: "\(pane)-\(Golden.name(size))".lowercased())
    }

    @Test func helpListsRemappedKeys() {
        let content = HelpContent(pane: .jobs, keymap: Keymap.defaults.rebinding(.follow, to: [.character("F")]))
        #expect(content.pane.entries.contains(.init(keys: "F", summary: Command.follow.summary)))
        #expect(!content.pane.entries.contains { $0.keys.split(separator: " ").contains("f") })
        #expect(content.global.entries.contains(.init(keys: "q ctrl+c", summary: "quit")))
    }

    @Test func paletteShowsTheTypedTextAndPlacesTheCursor() {
        let size = Size(width: 120, height: 40)
        let model = Fixtures.keys([.character(":")] + Fixtures.typing("te") + [.left], in: Fixtures.dashboard(size))
        let frame = view(model, theme: .default)
        Golden.assertFrame(model, named: Golden.name(size))
        // " :" then the field: the cursor sits between "t" and "e".
        #expect(frame.line(size.height - 1).hasPrefix(" :te"))
        #expect(frame.cursor == Point(x: 3, y: size.height - 1))
        #expect(frame.line(size.height - 1).contains("tenant · tab completes"))
    }

    @Test func noCursorWithoutTextInput() {
        #expect(view(Fixtures.dashboard(Size(width: 120, height: 40)), theme: .default).cursor == nil)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func filteringTenants(size: Size) {
        let model = Fixtures.keys([.character("/")] + Fixtures.typing("in"), in: Fixtures.dashboard(size))
        let frame = view(model, theme: .default)
        Golden.assertFrame(model, named: Golden.name(size))
        #expect(frame.cursor == Point(x: 4, y: size.height - 1))
        #expect(frame.text.contains("filter: in"))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func messageDialogOverTheList(size: Size) throws {
        let base = Fixtures.dashboard(size)
        var model = base
        model.overlay = .message(title: "Cannot unlink salesforce",
                                 body: "The API refused: a job of salesforce is running (37g_DK). Wait for it to end, or cancel it first, then unlink again.")
        Golden.assertFrame(model, named: Golden.name(size))

        // The list under the dialog does not move: every cell outside the dialog is as it was, footer aside.
        let under = view(base, theme: .default), over = view(model, theme: .default)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        guard case .message(let title, let text) = model.overlay else {
            try wrongCase(model.overlay, expected: ".message")
        }
        let dialog = MessageDialog.make(title: title, body: text, area: body, theme: .default).frameRect(in: body)
        #expect(dialog.width > 20 && dialog.height > 3)
        #expect(abs((dialog.x + dialog.width / 2) - size.width / 2) <= 1, "centred")
        for y in 0..<(size.height - 1) {
            for x in 0..<size.width where !(dialog.x..<dialog.maxX).contains(x) || !(dialog.y..<dialog.maxY).contains(y) {
                #expect(under[x, y] == over[x, y], "cell \(x),\(y) moved under the dialog")
            }
        }
    }
}
