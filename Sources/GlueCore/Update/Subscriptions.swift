/// What should be polling for the model as it is now. Declarative: the runtime starts what is new and cancels
/// what is gone after every update.
public func subscriptions(_ model: Model) -> Set<Subscription> {
    guard !model.isQuitting else { return [] }
    var wanted: Set<Subscription> = [.tenants]
    if let tenant = model.pulse.nextCheck {
        wanted.insert(.pulseCheck(tenant, afterSeconds: model.pulse.checkInterval(onPulse: model.screen == .pulse,
                                                                                 now: model.now)))
    }
    // The pulse on screen: the panes' polls rest; the clock keeps its ages true.
    guard model.screen == .dashboard else { return wanted.union([.clock]) }
    if let tenant = model.connectors.tenant {
        wanted.insert(.connectors(tenant))
        wanted.insert(.jobs(tenant))
    }
    if let ref = model.state.connector {
        wanted.insert(.state(ref))
    }
    var counting = false
    if let run = model.discover.run {
        if run.status == nil || run.isRunning {
            wanted.insert(.discover(run.connector))
            counting = counting || run.isRunning
        } else {
            wanted.insert(.catalog(run.connector))
        }
    }
    if let tenant = model.jobs.tenant, let job = model.jobs.selected, let root = job.jobRoot {
        if !job.status.isTerminal {
            wanted.insert(.job(tenant, root))
            counting = true
        }
        if !model.jobs.log.logsUnavailable, !model.jobs.log.complete {
            wanted.insert(.jobLog(tenant, root))
        }
    }
    if counting { wanted.insert(.clock) }
    return wanted
}
