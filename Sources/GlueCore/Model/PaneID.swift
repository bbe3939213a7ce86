/// The five panes of the dashboard, in focus order (`Tab`, `1`–`5`).
public enum PaneID: Int, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case tenants = 1
    case connectors = 2
    case discover = 3
    case state = 4
    case jobs = 5

    public var title: String {
        switch self {
        case .tenants: return "Tenants"
        case .connectors: return "Linked connectors"
        case .discover: return "Discover"
        case .state: return "State"
        case .jobs: return "Jobs"
        }
    }

    public var description: String { title }

    public var next: PaneID { PaneID(rawValue: rawValue % PaneID.allCases.count + 1)! }
    public var previous: PaneID { PaneID(rawValue: (rawValue + PaneID.allCases.count - 2) % PaneID.allCases.count + 1)! }
}
