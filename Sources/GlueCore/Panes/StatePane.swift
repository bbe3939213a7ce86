import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// The selected connector's Singer state, drawn as a foldable tree. `rows` is derived from the document and the
/// folds and cached here, so moving the cursor in a 5 MB state does not re-flatten it.
public struct StatePane: Hashable, Sendable {
    public var connector: ConnectorRef?
    /// nil while not loaded; `.some(nil)` when the API says the connector has no state.
    public var document: JSONValue??
    public var folded: Set<JSONPath> = []
    public var revealed: Set<JSONPath> = []
    public private(set) var rows: [JSONTreeRow] = []
    public var cursor = ListState()
    public var load = LoadState()
    /// The newest timestamp among the state's bookmarks (shown in the pane's border), found when it arrives.
    public private(set) var newestBookmark: Date?

    public init() {}

    public mutating func setDocument(_ document: JSONValue?) {
        self.document = .some(document)
        newestBookmark = NewestBookmark.find(in: document)
        rebuildRows()
    }

    public mutating func reset(for connector: ConnectorRef?) {
        self.connector = connector
        document = nil
        newestBookmark = nil
        folded = []
        revealed = []
        rows = []
        cursor = ListState()
        load = LoadState()
    }

    public mutating func toggleFold(at path: JSONPath) {
        if folded.contains(path) { folded.remove(path) } else { folded.insert(path) }
        rebuildRows()
    }

    public mutating func setFolds(_ paths: Set<JSONPath>) {
        folded = paths
        rebuildRows()
    }

    public mutating func toggleReveal(at path: JSONPath) {
        if revealed.contains(path) { revealed.remove(path) } else { revealed.insert(path) }
        rebuildRows()
    }

    private mutating func rebuildRows() {
        if case .some(.some(let value)) = document {
            rows = JSONTree.rows(of: value, folded: folded, revealed: revealed)
        } else {
            rows = []
        }
    }

    public var selectedRow: JSONTreeRow? {
        rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil
    }
}
