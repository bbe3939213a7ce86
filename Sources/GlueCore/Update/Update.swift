import struct Foundation.Date
import HotglueModels

/// The only place the model changes. Pure: the same model and message always give the same model and effects.
/// Every message is named here (no `default:`), so a new one does not compile until it is handled.
public func update(_ model: inout Model, _ msg: Msg) -> [Effect] {
    var effects: [Effect]
    switch msg {
    case .key(let key):
        effects = handleKey(&model, key)
    case .resized(let size):
        // The terminal layer repaints in full after a resize by itself; nothing to ask for.
        model.size = size
        effects = []
    case .tick(let now):
        model.now = max(model.now, now)
        pulseTick(&model)
        effects = []
    case .resumed:
        effects = [.redrawAll]
    case .terminationRequested:
        model.isQuitting = true
        effects = [.quit]
    case .finishingChanges(let count):
        model.activity.notice = "finishing \(count) change\(count == 1 ? "" : "s")… (its answer goes to the journal)"
        effects = []
    case .retryScheduled(let retry):
        model.activity.retries.removeAll { $0.operation == retry.operation }
        model.activity.retries.append(retry)
        effects = []
    case .retryFinished(let operation):
        model.activity.retries.removeAll { $0.operation == operation }
        effects = []
    case .requestRate(let perMinute):
        model.activity.requestsPerMinute = perMinute
        effects = []
    case .stateChange(let stateMsg):
        effects = updateStateChange(&model, stateMsg)
    case .connectorChange(let connectorMsg):
        effects = updateConnectorChange(&model, connectorMsg)
    case .editorFinished(let request, let outcome):
        switch request.purpose {
        case .state(let ref): effects = stateEditorFinished(&model, ref, request, outcome)
        case .connectorConfig(let ref): effects = connectorConfigEditorFinished(&model, ref, request, outcome)
        }
    case .journalLoaded(let result):
        effects = journalLoaded(&model, result)
    case .stateUndoFound(let lookup, let result):
        effects = stateUndoFound(&model, lookup, result)
    case .profileSwitched(let result):
        effects = profileSwitched(&model, result)
    case .localWriteFailed(let reason):
        model.activity.notice = "not saved locally: \(reason)"
        effects = []
    case .jobLogSaved(let request, let result):
        jobLogSaved(&model, request, result)
        effects = []
    case .recoveryFound(let findings):
        effects = recoveryFound(&model, findings)
    case .polled(let result):
        effects = applyPollResult(&model, result)
    case .webhookEvents(let events, let time):
        webhookEventsArrived(&model, events, at: time)
        effects = []
    case .pulseSummarized(let result, let time):
        model.now = max(model.now, time)
        model.pulse.apply(result, tenants: model.tenants.all, now: model.now)
        effects = []
    case .pulseCacheLoaded(let earlier, let time):
        model.now = max(model.now, time)
        model.pulse.restore(earlier, tenants: model.tenants.all, now: model.now, showing: model.screen == .pulse)
        effects = []
    case .discoverTriggered(let ref, let result, let time):
        effects = discoverTriggered(&model, ref, result, at: time)
    }
    syncSelection(&model)
    clampLists(&model)
    if let request = model.pulse.takeSummaryRequest() { effects.append(.summarizePulse(request)) }
    return effects
}

/// Records an API failure for the status line, in the error's own operator words.
func noteError(_ model: inout Model, _ error: APIError, at time: Date) {
    model.now = max(model.now, time)
    guard !error.isCancellation else { return }
    model.activity.lastError = error.message
    model.activity.lastErrorAt = time
}
