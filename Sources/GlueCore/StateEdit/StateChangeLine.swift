import HotglueModels
import LosslessJSON

/// One change of a state diff as the overlay shows it: a mark, the path, and the values as compact JSON with
/// secrets masked (unless revealed). Built here, not in the view, so tests can check that no secret shows.
public struct StateChangeLine: Hashable, Sendable {
    public enum Mark: String, Hashable, Sendable {
        case added = "+"
        case removed = "-"
        case changed = "~"
    }

    public var mark: Mark
    /// `bookmarks.Account.replication_key_value`, or "(whole state)" for the root.
    public var path: String
    /// The old value (removed, changed).
    public var old: String?
    /// The new value (added, changed).
    public var new: String?

    public init(mark: Mark, path: String, old: String?, new: String?) {
        self.mark = mark
        self.path = path
        self.old = old
        self.new = new
    }

    public static func lines(_ changes: [JSONChange], revealSecrets: Bool) -> [StateChangeLine] {
        changes.map { change in
            let path = change.path
            let name = path == .root ? "(whole state)" : path.description
            func shown(_ value: JSONValue) -> String {
                revealSecrets ? value.compact() : masked(value, at: path).compact()
            }
            switch change {
            case .added(_, let value): return StateChangeLine(mark: .added, path: name, old: nil, new: shown(value))
            case .removed(_, let value): return StateChangeLine(mark: .removed, path: name, old: shown(value), new: nil)
            case .changed(_, let from, let to):
                return StateChangeLine(mark: .changed, path: name, old: shown(from), new: shown(to))
            }
        }
    }

    /// A value found at `path`: wholly masked when a key on the way is a secret, else its own secrets masked.
    static func masked(_ value: JSONValue, at path: JSONPath) -> JSONValue {
        SecretMasking.masked(value, at: path)
    }
}
