@testable import GlueUI
import SnapshotTesting
import Testing

/// Without colour (NO_COLOR, a monochrome terminal), focus and selection still show: by markers in the text
/// and by reverse, bold and underline.
@Suite struct MonoThemeTests {
    static let size = Size(width: 120, height: 40)

    @Test func monoHasNoColourAnywhere() {
        let frame = view(Fixtures.dashboard(Self.size), theme: .mono)
        #expect(frame.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }

    @Test func selectionAndFocusCarryAttributes() throws {
        let model = Fixtures.dashboard(Self.size)
        let frame = view(model, theme: .mono)
        let layout = ScreenLayout(size: Self.size, zoomed: nil)
        let tenants = try #require(layout.panes[.tenants])
        // The focused pane's border: heavy lines in bold; its title reversed.
        #expect(frame[tenants.x, tenants.y].character == "┏")
        #expect(frame[tenants.x, tenants.y].style.attributes.contains(.bold))
        #expect(frame[tenants.x + 2, tenants.y].style.attributes.contains(.reverse))
        // The selected tenant (row 1 of the pane): marker and a reversed bar across the pane.
        let row = tenants.y + 1
        #expect(frame[tenants.x + 1, row].character == "▸")
        for x in (tenants.x + 1)..<(tenants.maxX - 1) {
            #expect(frame[x, row].style.attributes.contains(.reverse), "column \(x)")
        }
        #expect(!frame[tenants.x + 1, row + 1].style.attributes.contains(.reverse))
        // Unfocused panes: light borders, an underlined selection.
        let connectors = try #require(layout.panes[.connectors])
        #expect(frame[connectors.x, connectors.y].character == "┌")
        #expect(!frame[connectors.x, connectors.y].style.attributes.contains(.bold))
        #expect(frame[connectors.x + 1, connectors.y + 2].character == "▸")
        #expect(frame[connectors.x + 3, connectors.y + 2].style.attributes.contains(.underline))
    }

    @Test func focusMovesTheHeavyBorder() throws {
        let model = Fixtures.keys([.tab, .tab, .tab], in: Fixtures.dashboard(Self.size))
        #expect(model.focus == .state)
        let frame = view(model, theme: .mono)
        let layout = ScreenLayout(size: Self.size, zoomed: nil)
        let state = try #require(layout.panes[.state]), tenants = try #require(layout.panes[.tenants])
        #expect(frame[state.x, state.y].character == "┏")
        #expect(frame[tenants.x, tenants.y].character == "┌")
    }

    /// The attributes of the whole screen in mono: focus, selection, headers and matches all visible.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func monoAttributes(size: Size) {
        let model = Fixtures.keys([.character("/")] + Fixtures.typing("in"), in: Fixtures.dashboard(size))
        let frame = view(model, theme: .mono)
        assertSnapshot(of: frame.text + "\n" + AttributeMap.text(frame), as: .lines, named: Golden.name(size))
    }

    @Test func everyBuiltInThemeDistinguishesSelectionFromText() {
        for theme in Theme.builtIn {
            #expect(theme.selection != theme.text, "\(theme.name)")
            #expect(theme.selectionUnfocused != theme.text, "\(theme.name)")
            #expect(theme.selection != theme.selectionUnfocused, "\(theme.name)")
            #expect(theme.focusedBorder != theme.border, "\(theme.name)")
            #expect(theme.match != theme.text, "\(theme.name)")
        }
    }
}
