import GlueUI
import Testing

/// Each pane zoomed to the whole body, at the three sizes.
@Suite struct PaneGoldenTests {
    static let cases: [(PaneID, Size)] = PaneID.allCases.flatMap { pane in Fixtures.sizes.map { (pane, $0) } }

    @Test(arguments: cases)
    func zoomed(pane: PaneID, size: Size) {
        Golden.assertFrame(Fixtures.focused(pane, in: Fixtures.dashboard(size)),
                           named: "\(pane.title.lowercased().replacingOccurrences(of: " ", with: "-"))-\(Golden.name(size))")
    }

    @Test(arguments: Fixtures.sizes)
    func discoverSucceeded(size: Size) {
        Golden.assertFrame(Fixtures.focused(.discover, zoomed: false, in: Fixtures.discoverSucceeded(size)),
                           named: Golden.name(size))
    }

    @Test func discoverSucceededZoomed() {
        let size = Size(width: 120, height: 40)
        Golden.assertFrame(Fixtures.focused(.discover, in: Fixtures.discoverSucceeded(size)), named: Golden.name(size))
    }

    @Test func discoverFailed() {
        let size = Size(width: 120, height: 40)
        Golden.assertFrame(Fixtures.discoverFailed(size), named: Golden.name(size))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func discoverUnknown(size: Size) {
        Golden.assertFrame(Fixtures.discoverUnknown(size), named: Golden.name(size))
    }

    @Test func stateFoldedWithTheCursorOnASecret() {
        let size = Size(width: 120, height: 40)
        var model = Fixtures.focused(.state, zoomed: false, in: Fixtures.dashboard(size))
        // Move to "bookmarks" and fold it, then to "Contact"... through keys, as the operator would.
        model = Fixtures.keys([.character("j"), .character(" "), .character("j"), .character("j"), .character("j")],
                              in: model)
        Golden.assertFrame(model, named: Golden.name(size))
        #expect(!view(model, theme: .default).text.contains("00Dxx"), "the access token is masked")
    }

    @Test func logsUnavailable() {
        let size = Size(width: 120, height: 40)
        Golden.assertFrame(Fixtures.focused(.jobs, zoomed: false, in: Fixtures.logsUnavailable(size)),
                           named: Golden.name(size))
    }
}
