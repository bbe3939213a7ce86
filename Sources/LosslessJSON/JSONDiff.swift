/// One difference between two documents, located by path.
public enum JSONChange: Hashable, Sendable {
    case added(JSONPath, JSONValue)
    case removed(JSONPath, JSONValue)
    case changed(JSONPath, from: JSONValue, to: JSONValue)

    public var path: JSONPath {
        switch self {
        case .added(let path, _), .removed(let path, _), .changed(let path, _, _): return path
        }
    }
}

/// Structural differences, for "what will change" previews. Objects are compared key by key (order is not a
/// change), arrays index by index, and a change of kind is reported at the path where it happens.
public enum JSONDiff {
    public static func changes(from old: JSONValue, to new: JSONValue) -> [JSONChange] {
        var changes: [JSONChange] = []
        collect(old, new, at: .root, into: &changes)
        return changes
    }

    private static func collect(_ old: JSONValue, _ new: JSONValue, at path: JSONPath, into changes: inout [JSONChange]) {
        switch (old, new) {
        case (.object(let before), .object(let after)):
            for (key, value) in before {
                if let newValue = after[key] {
                    collect(value, newValue, at: path.appending(key: key), into: &changes)
                } else {
                    changes.append(.removed(path.appending(key: key), value))
                }
            }
            for (key, value) in after where !before.contains(key) {
                changes.append(.added(path.appending(key: key), value))
            }
        case (.array(let before), .array(let after)):
            let shared = min(before.count, after.count)
            for index in 0..<shared {
                collect(before[index], after[index], at: path.appending(index: index), into: &changes)
            }
            if before.count > shared {
                for index in shared..<before.count {
                    changes.append(.removed(path.appending(index: index), before[index]))
                }
            }
            if after.count > shared {
                for index in shared..<after.count {
                    changes.append(.added(path.appending(index: index), after[index]))
                }
            }
        case (.string(let a), .string(let b)):
            if a.value != b.value { changes.append(.changed(path, from: old, to: new)) }
        default:
            if old != new { changes.append(.changed(path, from: old, to: new)) }
        }
    }
}
