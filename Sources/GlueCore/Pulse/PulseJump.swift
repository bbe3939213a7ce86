import HotglueModels

/// What the dashboard shows, the five panes or the pulse across tenants.
public enum Screen: Hashable, Sendable {
    case dashboard
    case pulse
}

/// Where Enter on a pulse row goes: the tenant, then (once its lists arrive) the connector and the job, with the
/// jobs pane focused so its log is open.
public struct PulseJump: Hashable, Sendable {
    public var tenant: TenantID
    public var connector: ConnectorID?
    public var job: JobRoot?

    public init(tenant: TenantID, connector: ConnectorID?, job: JobRoot?) {
        self.tenant = tenant
        self.connector = connector
        self.job = job
    }

    init?(_ row: PulseRow) {
        switch row {
        case .failure(let group): self.init(group.newest)
        case .stuck(let job), .running(let job): self.init(job)
        case .connector(let pulse): self.init(pulse.newest)
        case .discoverFailure(let failure):
            self.init(tenant: failure.ref.tenant, connector: failure.ref.connector, job: nil)
        case .heading, .none: return nil
        }
    }

    init(_ job: PulseJob) {
        self.init(tenant: job.tenant, connector: job.connector, job: job.root)
    }
}
