import LosslessJSON

/// `JSONDiff` for states that may be absent: no state to a document is the whole document added at the root,
/// and the reverse is it removed.
public enum StateDiff {
    public static func changes(from old: JSONValue?, to new: JSONValue?) -> [JSONChange] {
        switch (old, new) {
        case (nil, nil): return []
        case (nil, let new?): return [.added(.root, new)]
        case (let old?, nil): return [.removed(.root, old)]
        case (let old?, let new?): return JSONDiff.changes(from: old, to: new)
        }
    }

    /// The same state for the conflict check: no structural change (key order and string escapes aside).
    public static func same(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        changes(from: a, to: b).isEmpty
    }

    /// `changes` (the user's edit) applied to `base` (the state as it is now), so a re-edit after a conflict
    /// starts from the current state with the user's edit in it. Fails when a change does not fit `base`
    /// (its parent is gone, an array got shorter): then the caller falls back to the user's own text.
    public static func reapply(_ changes: [JSONChange], onto base: JSONValue?) -> Result<JSONValue?, JSONPathError> {
        // A change of the whole document replaces whatever is there.
        if let whole = changes.first(where: { $0.path == .root }) {
            switch whole {
            case .added(_, let value), .changed(_, _, let value): return .success(value)
            case .removed: return .success(.none)
            }
        }
        guard var document = base else {
            return .failure(JSONPathError(path: .root, reason: "there is no state any more"))
        }
        do throws(JSONPathError) {
            for change in changes {
                switch change {
                case .added(let path, let value), .changed(let path, _, let value):
                    try document.setValue(value, at: path)
                case .removed:
                    continue
                }
            }
            // Removals last and from the back, so removing array elements does not shift the ones still to go.
            for change in changes.reversed() {
                guard case .removed(let path, _) = change else { continue }
                // Already gone meanwhile: what the user wanted is the case.
                guard document.value(at: path) != nil else { continue }
                try document.removeValue(at: path)
            }
        } catch {
            return .failure(error)
        }
        return .success(document)
    }
}
