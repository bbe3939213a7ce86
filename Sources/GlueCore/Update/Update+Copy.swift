import HotglueModels
import LosslessJSON

/// What `c` and `:copy` put on the clipboard, and what the status line says of it.
struct ClipboardItem: Equatable {
    var what: String
    var text: String
}

/// The most that is sent through the terminal: OSC 52 travels as base64 in one escape sequence, and terminals cap
/// it (xterm and tmux near 100 KB of base64); more is refused, saying so, rather than cut.
let clipboardLimitBytes = 64 * 1024

/// `c` / `:copy [id|root|log]`: the value under the cursor of the focused pane to the terminal's clipboard.
/// A masked secret is copied only once `v` revealed it.
func copyUnderCursor(_ model: inout Model, arguments: [String]) -> [Effect] {
    guard model.copyAllowed else {
        model.activity.notice = "copy is off for this profile (copy: false)"
        return []
    }
    let wanted = arguments.first?.lowercased()
    let item: Result<ClipboardItem, CopyRefusal>
    switch wanted {
    case nil, "id": item = copyItem(model)
    case "root": item = jobRootItem(model)
    case "log": item = visibleLogItem(model)
    case let other?:
        model.activity.notice = "copy what? '\(other)' is not id, root or log"
        return []
    }
    switch item {
    case .failure(let refusal):
        model.activity.notice = refusal.message
        return []
    case .success(let item):
        let bytes = item.text.utf8.count
        guard bytes <= clipboardLimitBytes else {
            model.activity.notice = "not copied: \(item.what) is \(bytes) bytes, more than a terminal takes "
                + "(\(clipboardLimitBytes)); s saves a job's log to a file"
            return []
        }
        model.activity.notice = "copied \(item.what) (\(bytes) byte\(bytes == 1 ? "" : "s"))"
        return [.copyToClipboard(item.text)]
    }
}

struct CopyRefusal: Error {
    var message: String
}

private func copyItem(_ model: Model) -> Result<ClipboardItem, CopyRefusal> {
    switch model.focus {
    case .tenants:
        guard let tenant = model.tenants.selected else { return .failure(CopyRefusal(message: "no tenant to copy")) }
        return .success(ClipboardItem(what: "tenant id \(tenant.rawValue)", text: tenant.rawValue))
    case .connectors:
        guard let connector = model.connectors.selected else {
            return .failure(CopyRefusal(message: "no connector to copy"))
        }
        return .success(ClipboardItem(what: "connector id \(connector.id.rawValue)", text: connector.id.rawValue))
    case .discover:
        guard let streams = model.discover.run?.catalog?.streams, streams.indices.contains(model.discover.list.selected)
        else { return .failure(CopyRefusal(message: "no stream to copy: the catalog is not discovered yet")) }
        let stream = streams[model.discover.list.selected].tapStreamID
        return .success(ClipboardItem(what: "stream \(stream)", text: stream))
    case .state:
        return stateValueItem(model.state)
    case .jobs:
        guard let job = model.jobs.selected else { return .failure(CopyRefusal(message: "no job to copy")) }
        return .success(ClipboardItem(what: "job id \(job.id)", text: job.id))
    }
}

/// The selected state row: `path: value` for a value, `path: {…}` as compact JSON for an object or array. A secret
/// still masked is refused: its clear text would leave the screen unseen.
private func stateValueItem(_ state: StatePane) -> Result<ClipboardItem, CopyRefusal> {
    guard case .some(let loaded) = state.document else {
        return .failure(CopyRefusal(message: "the state is not loaded yet: nothing copied"))
    }
    guard let document = loaded else { return .failure(CopyRefusal(message: "this connector has no state: nothing copied")) }
    guard let row = state.selectedRow, let value = document.value(at: row.path) else {
        return .failure(CopyRefusal(message: "no state value to copy"))
    }
    if case .scalar(_, .secret) = row.kind {
        return .failure(CopyRefusal(message: "\(row.path) is masked: v reveals it first; nothing copied"))
    }
    let text = "\(row.path): \(value.compact())"
    return .success(ClipboardItem(what: "\(row.path) and its value", text: text))
}

private func jobRootItem(_ model: Model) -> Result<ClipboardItem, CopyRefusal> {
    guard let job = model.jobs.selected else { return .failure(CopyRefusal(message: "no job to copy the s3_root of")) }
    guard let root = job.jobRoot else { return .failure(CopyRefusal(message: "job \(job.id) has no s3_root")) }
    return .success(ClipboardItem(what: "the s3_root of \(job.id)", text: root.rawValue))
}

/// The log lines on screen (as filtered), oldest first, as the log shows them: `TIME LEVEL TEXT`.
private func visibleLogItem(_ model: Model) -> Result<ClipboardItem, CopyRefusal> {
    guard let job = model.jobs.selected else { return .failure(CopyRefusal(message: "no job: select one to copy its log")) }
    let document = model.jobs.logDocument
    let rows = logRows(model)
    guard document.count > 0, rows > 0 else { return .failure(CopyRefusal(message: "the log of \(job.id) is empty")) }
    let start = model.jobs.log.follow ? max(0, document.count - rows) : min(model.jobs.log.offset, document.count - 1)
    let end = min(document.count, start + rows)
    let text = (start..<end).map { plainText(document[$0]) }.joined(separator: "\n")
    return .success(ClipboardItem(what: "\(end - start) log line\(end - start == 1 ? "" : "s") of \(job.id)", text: text))
}

/// `2026-05-04T01:12:00.000000+00:00 INFO text`, masked as the screen masks it.
private func plainText(_ line: LogLine) -> String {
    var parts: [String] = []
    if let time = line.time { parts.append(HotglueDate.format(time)) }
    parts.append("\(line.level)".uppercased())
    parts.append(SecretMasking.maskText(line.text))
    return parts.joined(separator: " ")
}
