/// One row of the pulse screen: section headings, and the rows Enter can open.
public enum PulseRow: Hashable, Sendable {
    public enum Section: String, Hashable, Sendable, CaseIterable {
        case failing = "FAILING"
        case stuck = "STUCK"
        case running = "RUNNING"
        case discover = "DISCOVER FAILED"
        case connectors = "CONNECTORS"
    }

    case heading(Section, count: Int)
    /// What a section says when it has nothing.
    case none(Section)
    case failure(FailureGroup)
    case stuck(PulseJob)
    case running(PulseJob)
    case discoverFailure(DiscoverFailure)
    case connector(ConnectorPulse)

    public var isSelectable: Bool {
        switch self {
        case .heading, .none: false
        default: true
        }
    }

    /// The rows of a summary, section by section; a section with nothing says so in one row.
    static func rows(for summary: PulseSummary) -> [PulseRow] {
        var rows: [PulseRow] = []
        func section(_ section: Section, _ items: [PulseRow]) {
            rows.append(.heading(section, count: items.count))
            rows += items.isEmpty ? [.none(section)] : items
        }
        section(.failing, summary.failures.map(PulseRow.failure))
        section(.stuck, summary.stuck.map(PulseRow.stuck))
        section(.running, summary.running.map(PulseRow.running))
        if !summary.discoverFailures.isEmpty {
            section(.discover, summary.discoverFailures.map(PulseRow.discoverFailure))
        }
        section(.connectors, summary.connectors.map(PulseRow.connector))
        return rows
    }
}
