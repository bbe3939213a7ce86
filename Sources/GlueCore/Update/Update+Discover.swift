import struct Foundation.Date
import HotglueModels

/// `d`: discovery of the selected connector's catalog (read-only mode is refused before, in `run` (`Command.unavailableReason`)).
/// Refused while one already runs; the discover pane follows the run once the API has accepted it.
func startDiscovery(_ model: inout Model) -> [Effect] {
    guard let ref = model.connectors.selectedRef else {
        model.activity.notice = "select a linked connector to discover"
        return []
    }
    if let run = model.discover.run, run.connector == ref, run.isRunning {
        model.activity.notice = "discovery of \(ref) is already running"
        return []
    }
    return requestChange(&model, .triggerDiscover(ref), confirmation: nil, notice: "starting discovery of \(ref)…")
}

func discoverTriggered(_ model: inout Model, _ ref: ConnectorRef, _ result: Result<DiscoverStatus, APIError>,
                       at time: Date) -> [Effect] {
    model.now = max(model.now, time)
    switch result {
    case .success(let status):
        model.activity.notice = "discovery of \(ref) started"
        model.discover.started(ref, status, at: time)
    case .failure(let error) where error.leavesResultUnknown:
        model.discover.startUnknown(ref)
        model.activity.notice = unknownResult("discovery of \(ref)", error,
                                              check: "the discover pane reads its status again, check it")
        noteError(&model, error, at: time)
    case .failure(let error):
        model.activity.notice = "discovery of \(ref) not started: \(error.message)"
        noteError(&model, error, at: time)
    }
    return []
}
