import struct Foundation.Date
import HotglueModels
import LosslessJSON

extension StatePane {
    /// A poll of the connector's state: the tree is rebuilt only when the document changed (folds, cursor and
    /// revealed values stay). Returns the failure for the status line.
    mutating func apply(_ result: Result<JSONValue?, APIError>, at time: Date) -> APIError? {
        switch result {
        case .success(let document):
            if self.document != .some(document) { setDocument(document) }
            load.succeeded(at: time)
            return nil
        case .failure(let error):
            load.failed(error, at: time)
            return error
        }
    }

    mutating func move(_ command: Command, visibleRows: Int) {
        cursor.apply(command, count: rows.count, visibleRows: visibleRows)
    }

    /// h/l/z folding and `v` revealing in the tree: `h` on an open member folds it, on anything else goes to its
    /// parent. Returns what the status line says (a secret revealed or masked again).
    mutating func treeAction(_ command: Command) -> String? {
        guard let row = selectedRow else { return nil }
        switch (command, row.kind) {
        case (.fold, .open), (.fold, .close):
            toggleFold(at: row.path)
            moveCursor(to: row.path)
        case (.expand, .open(_, _, let folded)) where folded:
            toggleFold(at: row.path)
        case (.collapse, .open(_, _, let folded)) where !folded:
            toggleFold(at: row.path)
        case (.collapse, _):
            if let parent = row.path.parent { moveCursor(to: parent) }
        case (.reveal, .scalar(_, let kind)):
            guard kind == .secret || revealed.contains(row.path) else { return nil }
            toggleReveal(at: row.path)
            return revealed.contains(row.path) ? "revealed \(row.path) — v masks it again" : "masked \(row.path)"
        default:
            break
        }
        return nil
    }

    private mutating func moveCursor(to path: JSONPath) {
        if let index = rows.firstIndex(where: { $0.path == path }) {
            cursor.selected = index
        }
    }
}
