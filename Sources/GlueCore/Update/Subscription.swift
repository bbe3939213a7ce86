import HotglueModels

/// Background work that should be running for the model as it is now. The runtime diffs the set after each update:
/// new ones start, vanished ones are cancelled (leaving a view cancels its pollers).
public enum Subscription: Hashable, Sendable {
    case tenants
    case connectors(TenantID)
    case jobs(TenantID)
    case state(ConnectorRef)
    case discover(ConnectorRef)
    case catalog(ConnectorRef)
    case job(TenantID, JobRoot)
    /// The selected job's log; the poller keeps the read offset itself and says it in each page.
    case jobLog(TenantID, JobRoot)
    /// A one-second clock while something on screen counts elapsed time.
    case clock
    /// The pulse's next check: one tenant's job list, after the sweep's pace (`PulsePane.secondsPerCheck`). Once it
    /// answers, the model names the next tenant and this one is cancelled.
    case pulseCheck(TenantID, afterSeconds: Double)

    /// How often it repeats, in seconds; nil for a single load (it stays "running" until cancelled, so it is not
    /// repeated while the selection stays).
    public var intervalSeconds: Double? {
        switch self {
        case .tenants: return 30
        case .connectors: return 5
        case .jobs: return 5
        case .state: return 15
        case .discover: return 2
        case .catalog: return nil
        case .job: return 2
        case .jobLog: return 2
        case .clock: return 1
        case .pulseCheck: return nil
        }
    }

    /// Selection-driven loads wait this long first, so scrolling through tenants with `j` held down does not fire
    /// a request per tenant passed.
    public var initialDelaySeconds: Double {
        switch self {
        case .tenants, .clock: return 0
        case .pulseCheck(_, let pace): return pace
        default: return 0.15
        }
    }
}
