@testable import GlueUI
import HotglueModels
import Testing

/// The jobs pane's log: follow, pause, wrap, search, dropped lines.
@Suite struct LogViewGoldenTests {
    static let size = Size(width: 120, height: 40)

    static func jobsZoomed() -> Model {
        Fixtures.focused(.jobs, in: Fixtures.dashboard(size))
    }

    @Test func wrapped() {
        let model = Fixtures.keys([.character("w")], in: Self.jobsZoomed())
        #expect(model.jobs.log.wrap)
        Golden.assertFrame(model, named: Golden.name(Self.size))
    }

    @Test func wrappedNarrow() {
        let size = Size(width: 80, height: 24)
        let model = Fixtures.keys([.character("w")], in: Fixtures.focused(.jobs, zoomed: false, in: Fixtures.dashboard(size)))
        Golden.assertFrame(model, named: Golden.name(size))
    }

    @Test func searchHighlightsMatches() {
        let model = Fixtures.keys([.character("/")] + Fixtures.typing("records") + [.enter], in: Self.jobsZoomed())
        #expect(model.jobs.log.searchMatch != nil)
        Golden.assertFrame(model, named: Golden.name(Self.size))
        let frame = view(model, theme: .default)
        var highlighted = 0
        for y in 0..<frame.size.height {
            let row = frame.line(y)
            guard row.hasPrefix("┃1"), let range = row.range(of: "records") else { continue }
            let x = row.distance(from: row.startIndex, to: range.lowerBound)
            #expect(frame[x, y].style.background == Theme.default.match.background, "row \(y)")
            highlighted += 1
        }
        #expect(highlighted >= 4)
        #expect(frame.text.contains("┗ search: records ━"))
    }

    @Test func pausedAfterPagingUp() {
        let size = Size(width: 80, height: 24)
        let model = Fixtures.keys([.pageUp], in: Fixtures.focused(.jobs, zoomed: false, in: Fixtures.dashboard(size)))
        #expect(!model.jobs.log.follow)
        Golden.assertFrame(model, named: Golden.name(size))
        #expect(view(model, theme: .default).text.contains("‖ paused 2/13"))
    }

    @Test func droppedLinesAreCounted() {
        var model = Self.jobsZoomed()
        var small = LogBuffer<LogLine>(capacity: 6)
        for index in 0..<model.jobs.log.lines.count { small.append(model.jobs.log.lines[index]) }
        model.jobs.log.lines = small
        Golden.assertFrame(model, named: Golden.name(Self.size))
        #expect(view(model, theme: .default).text.contains("5 lines dropped"))
    }

    @Test func fiftyThousandLinesFollowTheEnd() {
        var model = Self.jobsZoomed()
        for index in 0..<60_000 {
            model.jobs.log.lines.append(LogLine(time: FixtureData.now, level: index % 7 == 0 ? .warning : .info,
                                                text: "line \(index) of the big log"))
        }
        let text = view(model, theme: .default).text
        #expect(text.contains("line 59999 of the big log"))
        #expect(text.contains("10,011 lines dropped"))
    }

    @Test func filterWithContextDimsTheContext() {
        let model = Fixtures.keys([.character(":")] + Fixtures.typing("context 1") + [.enter, .character("&")]
                                  + Fixtures.typing("records") + [.enter], in: Self.jobsZoomed())
        let filter = model.jobs.log.filter
        #expect(filter?.filter == LogFilter(query: "records", context: 1))
        Golden.assertFrame(model, named: Golden.name(Self.size))
        let text = view(model, theme: .default).text
        let matches = model.jobs.logDocument.matchCount ?? 0
        #expect(matches > 0)
        #expect(text.contains("& records \(matches) match" + (matches == 1 ? "" : "es") + " ±1 · "))
    }

    @Test func relativeTimes() {
        let model = Fixtures.keys([.character("t")], in: Self.jobsZoomed())
        #expect(model.jobs.log.timeMode == .relative)
        Golden.assertFrame(model, named: Golden.name(Self.size))
        #expect(view(model, theme: .default).text.contains("+0:"))
    }

    @Test func hiddenTimes() {
        let model = Fixtures.keys([.character("t"), .character("t")], in: Self.jobsZoomed())
        #expect(model.jobs.log.timeMode == .hidden)
        Golden.assertFrame(model, named: Golden.name(Self.size))
        let document = model.jobs.logDocument
        let text = view(model, theme: .default).text
        #expect(!text.contains(ClockText.timeOfDay(document[document.count - 1].time!)))
    }

    @Test func filterPromptInTheFooter() {
        let model = Fixtures.keys([.character("&")] + Fixtures.typing("/rec"), in: Self.jobsZoomed())
        #expect(model.jobs.log.filter == nil, "a /regex/ waits for its closing slash")
        Golden.assertFrame(model, named: Golden.name(Self.size))
    }
}
