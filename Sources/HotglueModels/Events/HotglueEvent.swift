import struct Foundation.Date

/// What Hotglue's webhooks tell (issue #13): a job's details at one of its status changes, a discovery's outcome, or
/// a connector linked or unlinked. Events carry no id and arrive late, twice or out of order: they are hints that
/// something changed, never a newer truth than what the API answers (a late `SYNC_STARTED` must not overwrite a
/// `JOB_COMPLETED`). The shapes of the discover and connection events are a guess (hotglue-api.md knows only the job
/// details object).
public enum HotglueEvent: Hashable, Sendable {
    case job(Job)
    case discover(DiscoverEvent)
    case connection(ConnectionEvent)

    public var tenant: TenantID? {
        switch self {
        case .job(let job): job.tenant
        case .discover(let event): event.tenant
        case .connection(let event): event.tenant
        }
    }
}

/// A discovery of a connector's catalog ended (or started).
public struct DiscoverEvent: Hashable, Sendable {
    public var tenant: TenantID
    public var connector: ConnectorID
    public var status: String
    public var message: String?
    public var time: Date?

    public init(tenant: TenantID, connector: ConnectorID, status: String, message: String? = nil, time: Date? = nil) {
        self.tenant = tenant
        self.connector = connector
        self.status = status
        self.message = message
        self.time = time
    }

    public var failed: Bool { status.uppercased().contains("FAIL") }
}

/// A connector linked to, or unlinked from, a tenant.
public struct ConnectionEvent: Hashable, Sendable {
    public enum Change: String, Hashable, Sendable {
        case linked
        case unlinked
    }

    public var tenant: TenantID
    public var connector: ConnectorID
    public var change: Change
    public var time: Date?

    public init(tenant: TenantID, connector: ConnectorID, change: Change, time: Date? = nil) {
        self.tenant = tenant
        self.connector = connector
        self.change = change
        self.time = time
    }
}
