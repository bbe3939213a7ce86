import HotglueModels
import LosslessJSON

/// What a state write changed, printed by `state set`, `delete` and `undo`: JSON/YAML get every change with its
/// path, a table one line each.
struct StateChanges {
    var tenant: TenantID
    var connector: ConnectorID
    var action: String
    var before: JSONValue?
    var after: JSONValue?

    var changes: [JSONChange] {
        switch (before, after) {
        case (let before?, let after?): return JSONDiff.changes(from: before, to: after)
        case (nil, let after?): return [.added([], after)]
        case (let before?, nil): return [.removed([], before)]
        case (nil, nil): return []
        }
    }

    func print(_ output: OutputOptions, in context: ScriptContext) throws {
        let changes = self.changes
        var items: [JSONValue] = []
        var table = TextTable("CHANGE", "PATH", "FROM", "TO")
        for change in changes {
            let (kind, path, from, to): (String, JSONPath, JSONValue?, JSONValue?)
            switch change {
            case .added(let p, let value): (kind, path, from, to) = ("added", p, nil, value)
            case .removed(let p, let value): (kind, path, from, to) = ("removed", p, value, nil)
            case .changed(let p, let old, let new): (kind, path, from, to) = ("changed", p, old, new)
            }
            var item: JSONObject = ["change": JSONValue(kind), "path": JSONValue(pathText(path))]
            // Shown as in place: an `access_token`'s old value is a bare string here, masked for its path.
            let shownFrom = from.map { output.shown($0, at: path) }, shownTo = to.map { output.shown($0, at: path) }
            if let shownFrom { item["from"] = shownFrom }
            if let shownTo { item["to"] = shownTo }
            items.append(.object(item))
            table.add(kind, pathText(path), shownFrom.map(cell) ?? "", shownTo.map(cell) ?? "")
        }
        let json: JSONValue = [
            "tenant": JSONValue(tenant.rawValue), "connector": JSONValue(connector.rawValue),
            "action": JSONValue(action), "changes": .array(items),
        ]
        try output.print(json, in: context) {
            let summary = "\(action): \(connector) (tenant \(tenant)), \(changes.count) change\(changes.count == 1 ? "" : "s")\n"
            return changes.isEmpty ? summary : summary + table.render()
        }
    }

    private func pathText(_ path: JSONPath) -> String {
        path.components.isEmpty ? "." : path.description
    }

    private func cell(_ value: JSONValue) -> String {
        (value.stringValue ?? value.compact()).truncated(to: 60)
    }
}
