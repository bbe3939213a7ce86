import Testing

/// The checks of one cell: each failure is recorded as a test issue where it was checked, and kept, so the
/// cell's result in the printed table says what went wrong.
public struct CellChecks {
    public private(set) var problems: [String] = []

    public init() {}

    public mutating func expect(_ holds: Bool, _ what: @autoclosure () -> String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        guard !holds else { return }
        let text = what()
        problems.append(text)
        Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
    }
}
