// Seed of the state edit feature (e, X, z): the types and entry points the shared code calls. Its owner grows
// them into the full flow and may split this file.

/// The state calls `update` asks for.
public enum StateRequest: Hashable, Sendable {}

/// Their answers.
public enum StateActionMsg: Sendable {}

/// The state edit overlay between editor runs (diff preview, conflict, undo preview).
public struct StateEditOverlay: Hashable, Sendable {
    public init() {}
}

/// `e`, `X`, `z`.
func startStateAction(_ model: inout Model, _ action: Action) -> [Effect] {
    model.activity.notice = "\(action.summary): not available yet"
    return []
}

func updateStateAction(_ model: inout Model, _ msg: StateActionMsg) -> [Effect] {
    switch msg {}
}

func handleStateEditKey(_ model: inout Model, _ overlay: StateEditOverlay, _ key: Key) -> [Effect] {
    if key == .escape { model.overlay = nil }
    return []
}

func stateEditorFinished(_ model: inout Model, _ ref: ConnectorRef, _ request: EditorRequest,
                         _ outcome: EditorOutcome) -> [Effect] {
    []
}
