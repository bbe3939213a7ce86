/// One row of the pulse screen: section headings, and the rows Enter can open.
public enum PulseRow: Hashable, Sendable {
    public enum Section: String, Hashable, Sendable, CaseIterable {
        case failing = "FAILING"
        case stuck = "STUCK"
        case running = "RUNNING"
        case discover = "DISCOVER"
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

    /// What a row is about, whatever its counts and times say now: the cursor stays on it as news arrives.
    public var identity: String {
        switch self {
        case .heading(let section, _): "heading \(section.rawValue)"
        case .none(let section): "none \(section.rawValue)"
        case .failure(let group): "failure \(group.connector?.rawValue ?? "")\u{1F}\(group.cause)"
        case .stuck(let job): "stuck \(job.key)"
        case .running(let job): "running \(job.key)"
        case .discoverFailure(let failure): "discover \(failure.ref.tenant.rawValue)\u{1F}\(failure.ref.connector.rawValue)"
        case .connector(let pulse): "connector \(pulse.connector.rawValue)"
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
