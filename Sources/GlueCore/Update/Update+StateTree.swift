import LosslessJSON

/// Folding and revealing in the state tree. `h` on an open member folds it, on anything else goes to its parent.
func treeAction(_ model: inout Model, _ action: Command) {
    guard model.focus == .state, let row = model.state.selectedRow else { return }
    switch (action, row.kind) {
    case (.fold, .open), (.fold, .close):
        model.state.toggleFold(at: row.path)
        moveCursor(&model, to: row.path)
    case (.expand, .open(_, _, let folded)) where folded:
        model.state.toggleFold(at: row.path)
    case (.collapse, .open(_, _, let folded)) where !folded:
        model.state.toggleFold(at: row.path)
    case (.collapse, _):
        if let parent = row.path.parent { moveCursor(&model, to: parent) }
    case (.reveal, .scalar(_, let kind)):
        if kind == .secret || model.state.revealed.contains(row.path) {
            model.state.toggleReveal(at: row.path)
            model.activity.notice = model.state.revealed.contains(row.path)
                ? "revealed \(row.path) — v masks it again" : "masked \(row.path)"
        }
    default:
        break
    }
}

private func moveCursor(_ model: inout Model, to path: JSONPath) {
    if let index = model.state.rows.firstIndex(where: { $0.path == path }) {
        model.state.cursor.selected = index
    }
}
