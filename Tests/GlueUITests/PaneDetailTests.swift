@testable import GlueUI
import Testing

/// What the goldens cannot show as text: styles of particular cells, and behaviour across key presses.
@Suite struct PaneDetailTests {
    static let size = Size(width: 120, height: 40)

    @Test func theListScrollsToKeepTheSelectionInView() {
        let model = Fixtures.keys([.character("G")], in: Fixtures.dashboard(Self.size))
        let text = view(model, theme: .default).text
        #expect(text.contains("┃▸wonka"))
        #expect(!text.contains("┃ acme"), "scrolled past the first tenant")
    }

    @Test func secretsAreMaskedInTheirOwnStyle() throws {
        let frame = view(Fixtures.dashboard(Self.size), theme: .default)
        let y = try #require((0..<frame.size.height).first { frame.line($0).contains("\"access_token\": ••••••") })
        let row = frame.line(y)
        let x = row.distance(from: row.startIndex, to: try #require(row.range(of: "••••••")).lowerBound)
        #expect(frame[x, y].style == Theme.default.secret)
        #expect(!frame.text.contains("00Dxx"))
    }

    @Test func bigNumbersKeepTheirDigitsAndNumberColour() throws {
        let frame = view(Fixtures.focused(.state, in: Fixtures.dashboard(Self.size)), theme: .default)
        let y = try #require((0..<frame.size.height).first { frame.line($0).contains("12345678901234567890") })
        let row = frame.line(y)
        let x = row.distance(from: row.startIndex, to: try #require(row.range(of: "1234567890")).lowerBound)
        #expect(frame[x, y].style == Theme.default.jsonNumber)
    }

    @Test func jobStatusesAreColouredByOutcome() throws {
        let frame = view(Fixtures.dashboard(Self.size), theme: .default)
        func style(of text: String) throws -> Style {
            let y = try #require((0..<frame.size.height).first { frame.line($0).contains(text) })
            let row = frame.line(y)
            let x = row.distance(from: row.startIndex, to: try #require(row.range(of: text)).lowerBound)
            return frame[x, y].style
        }
        #expect(try style(of: "✗ SYNC_FAILED ").foreground == Theme.default.error.foreground)
        #expect(try style(of: "✓ JOB_COMPLETED").foreground == Theme.default.success.foreground)
    }

    @Test func aNoticeReplacesTheHints() {
        var model = Fixtures.dashboard(Self.size)
        model.activity.notice = "theme mono"
        let footer = view(model, theme: .default).line(Self.size.height - 1)
        #expect(footer.hasPrefix(" theme mono"))
        #expect(!footer.contains("? help"))
    }

    @Test func readOnlyAndProductionMarksNeverDrop() {
        for width in [80, 100, 120, 200] {
            var model = Fixtures.stale(Size(width: width, height: 30))
            model.connection.readOnly = true
            model.connection.production = true
            let header = view(model, theme: .default).line(0)
            #expect(header.contains(" READ-ONLY ") && header.contains(" PRODUCTION "), "at \(width)")
            #expect(header.contains("○ stale since 12:01:00"), "at \(width)")
        }
    }

    @Test func focusedTitleIsABadge() throws {
        let frame = view(Fixtures.dashboard(Self.size), theme: .default)
        let tenants = try #require(ScreenLayout(size: Self.size, zoomed: nil).panes[.tenants])
        #expect(frame[tenants.x + 2, tenants.y].style == Theme.default.focusedTitle)
        #expect(frame[tenants.x, tenants.y].style == Theme.default.focusedBorder)
    }
}
