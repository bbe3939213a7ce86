import Foundation
@testable import GlueUI
import Testing

@Suite struct WidgetTests {
    @Test func columnsShrinkThenDropByPriority() {
        let columns = [
            ColumnFitter.Column(natural: 20, minWidth: 6, maxWidth: 24, priority: 5),
            ColumnFitter.Column(natural: 30, minWidth: 5, maxWidth: 24, priority: 2),
            ColumnFitter.Column(natural: 5, minWidth: 4, maxWidth: 8, priority: 1),
        ]
        #expect(ColumnFitter.widths(columns, available: 100, gap: 2) == [20, 24, 5])
        let narrow = ColumnFitter.widths(columns, available: 40, gap: 2)
        #expect(narrow.reduce(0, +) + 4 <= 40)
        #expect(narrow[1] >= 5 && narrow[0] >= 6)
        #expect(ColumnFitter.widths(columns, available: 15, gap: 2) == [7, 6, 0])
        #expect(ColumnFitter.widths(columns, available: 4, gap: 2) == [4, 0, 0])
    }

    @Test func fittedTextEndsInAnEllipsis() {
        var frame = Frame(size: Size(width: 10, height: 1))
        frame.putFitted("salesforce-sandbox", x: 0, y: 0, width: 8)
        #expect(frame.line(0) == "salesfo…  ")
        frame.putFitted("hubspot", x: 0, y: 0, width: 10)
        #expect(frame.line(0) == "hubspot…  ")
        var wide = Frame(size: Size(width: 6, height: 1))
        wide.putFitted("東京東京", x: 0, y: 0, width: 6)
        #expect(wide.text == "東京…")
    }

    @Test func spansShareTheWidthAndEndInAnEllipsis() {
        var frame = Frame(size: Size(width: 12, height: 1))
        let written = frame.putSpans([Span("abc", .plain), Span("defghijklmno", .plain)], x: 0, y: 0, width: 8)
        #expect(written == 8)
        #expect(frame.text == "abcdefg…")
    }

    @Test func matchesAreFoundWithoutCase() {
        #expect(TextMatcher("ACC").columns(in: "Account: acc") == [0..<3, 9..<12])
        #expect(TextMatcher("é").columns(in: "café CAFÉ") == [3..<4, 8..<9])
        #expect(TextMatcher("京").columns(in: "東京") == [2..<4])
        #expect(TextMatcher("x").columns(in: "a\tx") == [1..<2])
    }

    @Test func wordWrapKeepsWordsAndBreaksLongOnes() {
        #expect(WordWrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(WordWrap.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(WordWrap.lines("one\ntwo", width: 10) == ["one", "two"])
    }

    @Test func clockTextIsUTCAndPure() {
        let date = FixtureData.time("07:05:09")
        #expect(ClockText.timeOfDay(date) == "07:05:09")
        #expect(ClockText.stopwatch(41) == "0:41")
        #expect(ClockText.stopwatch(3723) == "1:02:03")
        #expect(ClockText.duration(161) == "2m41s")
        #expect(ClockText.duration(3725) == "1h02m")
        #expect(ClockText.ago(date, now: date.addingTimeInterval(125)) == "2m ago")
        #expect(ClockText.ago(date, now: date.addingTimeInterval(-5)) == "now")
        #expect(ClockText.timeOfDay(Date(timeIntervalSince1970: -1)) == "23:59:59")
    }

    @Test func clockTextTakesAnyIntervalAServerCanCause() {
        // A job's duration or date comes from the server: infinity, NaN and 1e300 trapped (found by fuzzing).
        #expect(ClockText.duration(.infinity) == "104166666666666d16h")
        #expect(ClockText.duration(.nan) == "0s")
        #expect(ClockText.stopwatch(-1e300) == "0:00")
        #expect(ClockText.ago(Date(timeIntervalSince1970: 1e300), now: Date(timeIntervalSince1970: 0)) == "now")
        #expect(ClockText.timeOfDay(Date(timeIntervalSince1970: -.infinity)) == "08:00:00")
    }

    @Test func numbersAreGrouped() {
        #expect(NumberText.grouped(18_204) == "18,204")
        #expect(NumberText.grouped(1_203_311) == "1,203,311")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.grouped(-1000) == "-1,000")
        #expect(NumberText.counted(1, "key") == "1 key")
        #expect(NumberText.counted(3, "key") == "3 keys")
    }

    @Test func progressBarsHaveTheirWidth() {
        let theme = Theme.default
        #expect(ProgressBar.determinate(0.5, width: 12, theme: theme).map(\.text).joined() == "▕█████░░░░░▏")
        for second in 0..<40 {
            let bar = ProgressBar.indeterminate(elapsedSeconds: Double(second), width: 12, theme: theme)
            #expect(bar.width == 12)
            #expect(bar.map(\.text).joined().filter { $0 == "█" }.count == 3)
        }
    }

    @Test func jsonTreeRowsReadAsJSON() throws {
        let rows = JSONTree.rows(of: FixtureData.state, folded: [])
        let text = rows.map { JSONTreeView.spans($0, theme: .mono).map(\.text).joined() }
        #expect(text.first == "▾ {")
        #expect(text.contains("        \"version\": 12345678901234567890"))
        #expect(text.contains("      \"access_token\": ••••••,"))
        let folded = JSONTree.rows(of: FixtureData.state, folded: [["bookmarks"]])
        #expect(JSONTreeView.spans(folded[1], theme: .mono).map(\.text).joined() == "  ▸ \"bookmarks\": { … 3 keys },")
    }

    @Test func quotedKeysAreEscaped() {
        #expect(JSONTreeView.quoted("a\"b\\c") == #""a\"b\\c""#)
    }
}

@Suite struct LogWrapTests {
    @Test func logLinesWrapAtSpacesAndKeepColumns() {
        let pieces = LogView.pieces("Contact: query timed out after 120 s", width: 12)
        #expect(pieces.map { String($0.text) } == ["Contact: ", "query timed ", "out after ", "120 s"])
        #expect(pieces.map(\.startColumn) == [0, 9, 21, 31])
    }

    @Test func aRowDoesNotStartWithTheSpaceItWasCutAt() {
        let pieces = LogView.pieces("abcdefghij klm", width: 10)
        #expect(pieces.map { String($0.text) } == ["abcdefghij", "klm"])
        #expect(pieces.map(\.startColumn) == [0, 11])
    }

    @Test func aWordLongerThanTheRowIsCut() {
        #expect(LogView.pieces("abcdefghijklmnop", width: 5).map { String($0.text) } == ["abcde", "fghij", "klmno", "p"])
    }
}
