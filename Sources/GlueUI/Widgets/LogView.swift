import struct Foundation.Date
import HotglueModels

/// The selected job's timeline and log: a time column, text coloured by level, follow (stick to the end) or a
/// fixed offset, optional wrapping, and search matches highlighted. Reads the lines on screen straight from the
/// `LogDocument` (a view over the ring buffer), so a 50,000-line log costs what the visible rows cost.
struct LogView: Widget {
    var document: LogDocument
    var state: LogViewState
    var focused: Bool

    /// The time column is shown when the pane has room for it and the text.
    static func showsTime(width: Int) -> Bool { width >= 32 }
    static let timeWidth = 9

    /// The time column's width: none when `t` hid it or the pane is narrow.
    func timeColumnWidth(_ width: Int) -> Int {
        state.timeMode != .hidden && Self.showsTime(width: width) ? Self.timeWidth : 0
    }

    /// The time as the mode writes it: `12:03:44`, or `+1:02:03` since the job started.
    func timeText(_ time: Date) -> String {
        guard state.timeMode == .relative, let start = document.jobStart else { return ClockText.timeOfDay(time) }
        let seconds = time.timeIntervalSince(start)
        return (seconds < 0 ? "-" : "+") + ClockText.stopwatch(abs(seconds))
    }

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        guard !rect.isEmpty, document.count > 0 else { return }
        let timeWidth = timeColumnWidth(rect.width)
        let textWidth = rect.width - timeWidth
        let matcher = state.search.isEmpty ? nil : TextMatcher(state.search)
        // With context, the lines around the matches are dimmed (the rows on screen are matched again).
        let filterMatcher = (document.filter?.filter.context ?? 0) > 0 ? document.filter.flatMap { LogLineMatcher($0.filter) } : nil
        var y = rect.y
        // Terminals scroll only whole rows: a log pane narrower than the screen would be redrawn line by line
        // for every new log line (~2.9 KB at 200×50), so there following jumps half a page at a time instead.
        let fullWidth = rect.x <= 1 && rect.maxX >= frame.size.width - 1
        for placed in placements(rows: rect.height, textWidth: textWidth, jumpScroll: !fullWidth) {
            let line = document[placed.index]
            let isCurrentMatch = placed.index == state.searchMatch
            if placed.isFirstRow, timeWidth > 0, let time = line.time {
                frame.put(timeText(time), x: rect.x, y: y, style: theme.logTime, clip: rect)
            }
            let text = Self.printable(line.text)
            // The line `n` jumped to is marked as a bar; its matches are laid over the bar below.
            var style = Self.style(of: line, theme: theme)
            if let filterMatcher, !filterMatcher.matches(line.text) { style = style.patched(by: theme.dim) }
            if isCurrentMatch {
                style = style.patched(by: theme.selectionUnfocused)
                frame.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) {
                    $0.patched(by: theme.selectionUnfocused)
                }
            }
            let x = rect.x + timeWidth
            if state.wrap {
                let pieces = Self.pieces(text, width: textWidth)
                let chunk = placed.chunk < pieces.count ? pieces[placed.chunk] : (text: Substring(""), startColumn: 0)
                frame.put(chunk.text, x: x, y: y, style: style, clip: rect)
                if let matcher {
                    let ranges = matcher.columns(in: text).map {
                        ($0.lowerBound - chunk.startColumn)..<($0.upperBound - chunk.startColumn)
                    }.filter { $0.upperBound > 0 }.map { max(0, $0.lowerBound)..<$0.upperBound }
                    frame.highlight(ranges, x: x, y: y, width: DisplayWidth.of(chunk.text), style: theme.match)
                }
            } else {
                let written = frame.putFitted(text, x: x, y: y, width: textWidth, style: style, clip: rect)
                if let matcher {
                    let shown = DisplayWidth.fits(text, in: textWidth) ? written : written - 1
                    frame.highlight(matcher.columns(in: text), x: x, y: y, width: shown, style: theme.match)
                }
            }
            y += 1
        }
    }

    /// One screen row: which document line, and which wrapped piece of it.
    struct Placement: Hashable {
        var index: Int
        var chunk: Int
        var isFirstRow: Bool { chunk == 0 }
    }

    /// The rows to draw, top to bottom. Following shows the end of the log; otherwise the rows start at the
    /// offset `update` keeps (clamped here so a stale offset never shows an empty pane).
    func placements(rows: Int, textWidth: Int, jumpScroll: Bool = false) -> [Placement] {
        let count = document.count
        guard rows > 0, count > 0 else { return [] }
        guard state.wrap, textWidth > 0 else {
            let first: Int
            if state.follow {
                first = jumpScroll ? Self.jumpScrollTop(count: count, rows: rows) : max(0, count - rows)
            } else {
                first = min(max(0, state.offset), max(0, count - rows))
            }
            return (first..<min(count, first + rows)).map { Placement(index: $0, chunk: 0) }
        }
        if state.follow {
            // Walk back from the last line until the rows are full, then keep the last `rows` pieces.
            var pieces: [Placement] = []
            var index = count - 1
            while index >= 0, pieces.count < rows {
                let chunks = Self.pieces(Self.printable(document[index].text), width: textWidth).count
                pieces.insert(contentsOf: (0..<chunks).map { Placement(index: index, chunk: $0) }, at: 0)
                index -= 1
            }
            return Array(pieces.suffix(rows))
        }
        var pieces: [Placement] = []
        var index = min(max(0, state.offset), count - 1)
        while index < count, pieces.count < rows {
            let chunks = Self.pieces(Self.printable(document[index].text), width: textWidth).count
            pieces.append(contentsOf: (0..<chunks).map { Placement(index: index, chunk: $0) })
            index += 1
        }
        return Array(pieces.prefix(rows))
    }

    /// Following with jump scroll: the first row moves in steps of half a page, so most new lines are written
    /// into empty rows below the last one (a few dozen bytes) and only every half page shifts the text.
    /// The newest line is always on screen.
    static func jumpScrollTop(count: Int, rows: Int) -> Int {
        guard count > rows else { return 0 }
        let step = max(1, rows / 2)
        return (count - rows + step - 1) / step * step
    }

    static func style(of line: LogLine, theme: Theme) -> Style {
        switch line.level {
        case .error: return theme.error
        case .warning: return theme.warning
        case .debug: return theme.dim
        case .info: return theme.text
        case .status: return JobStatusStyle.style(of: JobStatus(rawValue: line.text), theme: theme)
        }
    }

    /// Tabs become spaces and other control characters are dropped by the frame, so columns stay true.
    static func printable(_ text: String) -> String {
        text.utf8.contains(9) ? String(text.map { $0 == "\t" ? " " : $0 }) : text
    }

    /// A line cut into rows of at most `width` columns, at a space when there is one in the second half of the
    /// row (so words stay whole), else mid-word; with the column each piece starts at, for highlighting.
    static func pieces(_ text: String, width: Int) -> [(text: Substring, startColumn: Int)] {
        guard width > 0 else { return [(Substring(text), 0)] }
        var result: [(text: Substring, startColumn: Int)] = []
        var rest = Substring(text)
        var column = 0
        while !DisplayWidth.fits(rest, in: width) {
            var (head, tail) = WordWrap.split(rest, at: width)
            if let next = tail.first, next != " ", let space = head.lastIndex(of: " "),
               head.distance(from: head.startIndex, to: space) >= head.count / 2 {
                head = rest[...space]
                tail = rest[rest.index(after: space)...]
            }
            result.append((head, column))
            column += DisplayWidth.of(head)
            // A row does not start with the space the cut fell on.
            if tail.first == " " {
                tail = tail.dropFirst()
                column += 1
            }
            rest = tail
        }
        result.append((rest, column))
        return result
    }
}
