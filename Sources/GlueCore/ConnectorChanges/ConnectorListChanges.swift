import HotglueModels
import LosslessJSON

// What a confirmed change does to the lists on screen, at once, before the next poll confirms it again.

/// When the link answer does not read as a connector, the row is made from what was picked.
func fallbackConnector(_ request: LinkConnectorRequest, _ form: ChangeForm) -> LinkedConnector? {
    var object: JSONObject = ["id": JSONValue(request.connector.rawValue)]
    if let label = form.connector?.label { object["label"] = JSONValue(label) }
    if let type = form.connector?.type { object["type"] = JSONValue(type.rawValue) }
    return try? LinkedConnector(json: .object(object))
}

/// Puts the linked connector in the list (replacing it when it was relinked) and selects it.
func insertLinked(_ model: inout Model, tenant: TenantID, _ connector: LinkedConnector?) {
    guard tenant == model.connectors.tenant, let connector = connector?.withoutConfig else { return }
    var all = model.connectors.all
    if let index = all.firstIndex(where: { $0.id == connector.id }) {
        all[index] = connector
    } else {
        all.append(connector)
    }
    model.connectors.all = all
    if let index = model.connectors.visible.firstIndex(where: { $0.id == connector.id }) {
        model.connectors.list.selected = index
    }
}

/// Shows the started job at once, selected and followed, so the job and log subscriptions poll it live.
func insertStartedJob(_ model: inout Model, tenant: TenantID, _ job: Job) {
    guard tenant == model.jobs.tenant else { return }
    if let root = job.jobRoot, let index = model.jobs.all.firstIndex(where: { $0.jobRoot == root }) {
        model.jobs.all[index] = job
    } else {
        model.jobs.all.insert(job, at: 0)
    }
    if !model.jobs.filter.matches(job.status) { model.jobs.filter = .all }
    model.jobs.followNewest = true
    model.jobs.log.follow = true
    if let index = model.jobs.visible.firstIndex(where: { $0.jobRoot == job.jobRoot && $0.id == job.id }) {
        model.jobs.list.selected = index
    }
}
