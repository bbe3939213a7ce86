/// Which of the buffer's lines a `LogFilter` shows: the matches and their context, by line number (lines dropped
/// from the ring before it + index), so lines falling off the front move nothing. Kept up to date as pages arrive:
/// each new line is read once.
public struct LogFilterRows: Hashable, Sendable {
    public let filter: LogFilter
    /// The numbers of the lines shown, ascending.
    public private(set) var shown: [Int] = []
    /// How many lines matched since the filter was set (context not counted; lines since dropped from the ring
    /// still counted).
    public private(set) var matchCount = 0
    /// The number of the next line to read.
    private var scanned = 0
    private var lastMatch: Int?
    /// Why the filter matches nothing at all (an expression that does not compile).
    public let problem: String?

    public init<Line>(filter: LogFilter, buffer: LogBuffer<Line>, text: (Line) -> String) {
        self.filter = filter
        problem = LogLineMatcher.problem(with: filter)
        scan(buffer, text: text)
    }

    /// Reads the lines that arrived since the last scan.
    public mutating func scan<Line>(_ buffer: LogBuffer<Line>, text: (Line) -> String) {
        let first = buffer.dropped
        let end = buffer.dropped + buffer.count
        defer { scanned = end }
        guard scanned < end, let matcher = LogLineMatcher(filter) else { return }
        dropShown(before: first)
        let context = filter.context
        for number in max(scanned, first)..<end {
            if matcher.matches(text(buffer[number - first])) {
                // The lines before it not shown yet, then the match.
                let before = max(first, number - context, (shown.last ?? (first - 1)) + 1)
                if before < number { shown.append(contentsOf: before..<number) }
                shown.append(number)
                matchCount += 1
                lastMatch = number
            } else if let lastMatch, number - lastMatch <= context {
                shown.append(number)
            }
        }
    }

    /// Lines that fell off the ring's front are shown no more.
    private mutating func dropShown(before first: Int) {
        guard let head = shown.first, head < first else { return }
        let cut = shown.partitioningIndex { $0 >= first }
        shown.removeSubrange(0..<cut)
    }
}

extension Array where Element == Int {
    /// The first index whose element is `true` for `isAfter` in an ascending array (binary search).
    func partitioningIndex(where isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
