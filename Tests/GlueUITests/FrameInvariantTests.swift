@testable import GlueUI
import Testing

/// Whatever the model and size: every row is exactly `width` columns, wide characters are whole, and no pane
/// draws outside its rectangle.
@Suite struct FrameInvariantTests {
    /// The golden sizes get every variant; the odd ones (layout breakpoints, the largest, the degenerate) get the
    /// fixtures as they are and zoomed, which keeps the suite fast.
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 50)]
    static let oddSizes = [Size(width: 81, height: 25), Size(width: 100, height: 30), Size(width: 119, height: 39),
                           Size(width: 133, height: 41), Size(width: 300, height: 100), Size(width: 0, height: 0),
                           Size(width: 1, height: 1), Size(width: 40, height: 10), Size(width: 79, height: 23),
                           Size(width: 300, height: 5)]

    static let fixtures: [(String, @Sendable (Size) -> Model)] = [
        ("dashboard", Fixtures.dashboard), ("loading", Fixtures.loading), ("unauthorized", Fixtures.unauthorized),
        ("stale", Fixtures.stale), ("empty", Fixtures.empty), ("discoverSucceeded", Fixtures.discoverSucceeded),
        ("discoverFailed", Fixtures.discoverFailed), ("discoverUnknown", Fixtures.discoverUnknown),
        ("logsUnavailable", Fixtures.logsUnavailable),
    ]

    /// Every fixture, also zoomed on each pane, with each overlay, in each theme.
    static func variants(_ model: Model) -> [Model] {
        var models = [model]
        for pane in PaneID.allCases {
            models.append(Fixtures.focused(pane, zoomed: true, in: model))
            models.append(Fixtures.focused(pane, zoomed: false, in: model))
        }
        for overlay: Overlay in [.help, .palette(TextInput(String(repeating: "tenant ", count: 40))),
                                 .filter(.tenants, TextInput("ac")),
                                 .message(title: "A title", body: String(repeating: "long words ", count: 60))] {
            var copy = model
            copy.overlay = overlay
            models.append(copy)
        }
        var wrapped = Fixtures.focused(.jobs, in: model)
        wrapped.jobs.log.wrap = true
        models.append(wrapped)
        return models
    }

    @Test(arguments: sizes + oddSizes)
    func everyRowIsExactlyTheFrameWidth(size: Size) {
        for (name, make) in Self.fixtures {
            // Geometry does not depend on the theme (a test below checks that), so one theme covers the variants.
            let models = Self.sizes.contains(size) ? Self.variants(make(size))
                : [make(size)] + PaneID.allCases.map { Fixtures.focused($0, in: make(size)) }
            for (index, model) in models.enumerated() {
                let frame = view(model, theme: .default)
                #expect(frame.size == size)
                #expect(FrameChecks.problems(frame) == [], "\(name) variant \(index)")
            }
        }
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 50)])
    func panesStayInsideTheirRectangles(size: Size) {
        let sentinel = Cell("¤")
        for (name, make) in Self.fixtures {
            for model in Self.variants(make(size)) where model.overlay == nil {
                let layout = ScreenLayout(size: size, zoomed: model.zoomed)
                for (pane, rect) in layout.panes {
                    var frame = Frame(size: size, fill: sentinel)
                    drawPane(pane, model: model, rect: rect, into: &frame, theme: .default)
                    for y in 0..<size.height {
                        for x in 0..<size.width where !(rect.x..<rect.maxX).contains(x) || !(rect.y..<rect.maxY).contains(y) {
                            guard frame[x, y] != sentinel else { continue }
                            Issue.record("\(name): \(pane) wrote at \(x),\(y) outside \(rect)")
                            return
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 50)])
    func theThemeChangesStylesOnly(size: Size) {
        for (_, make) in Self.fixtures {
            var withOverlay = make(size)
            withOverlay.overlay = .help
            for model in [make(size), withOverlay] {
                let text = view(model, theme: .default).text
                for theme in Theme.builtIn { #expect(view(model, theme: theme).text == text) }
            }
        }
    }

    @Test func wideCharactersInDataKeepRowsWhole() {
        var model = Fixtures.dashboard(Size(width: 80, height: 24))
        Fixtures.send(&model, .polled(.tenantsLoaded(.success(["acme", "東京リテール株式会社の長い名前", "café-crème", "🚀-launch"]),
                                             at: FixtureData.now)))
        model.jobs.log.lines.append(LogLine(time: FixtureData.now, level: .info, text: "同期しました 🚀 " + String(repeating: "界", count: 80)))
        for variant in Self.variants(model) {
            #expect(FrameChecks.problems(view(variant, theme: .default)) == [])
        }
    }
}
