// Seed of the connector actions feature (l, u, x, r): the types and entry points the shared code calls. Its owner
// grows them into the full flows and may split this file.

/// The connector calls `update` asks for.
public enum ConnectorRequest: Hashable, Sendable {}

/// Their answers.
public enum ConnectorActionMsg: Sendable {}

/// The form overlay of link, update and run job.
public struct ActionForm: Hashable, Sendable {
    public init() {}
}

/// `l`, `u`, `x`, `r`, and their palette forms with arguments (`:run read --reset --start 2024-01-01
/// --streams A,B`, `:link hubspot`, `:update --editor`), which fill the form from the arguments.
func startConnectorAction(_ model: inout Model, _ action: Action, arguments: [String] = []) -> [Effect] {
    model.activity.notice = "\(action.summary): not available yet"
    return []
}

func updateConnectorAction(_ model: inout Model, _ msg: ConnectorActionMsg) -> [Effect] {
    switch msg {}
}

func handleActionFormKey(_ model: inout Model, _ form: ActionForm, _ key: Key) -> [Effect] {
    if key == .escape { model.overlay = nil }
    return []
}

func connectorConfigEditorFinished(_ model: inout Model, _ ref: ConnectorRef, _ request: EditorRequest,
                                   _ outcome: EditorOutcome) -> [Effect] {
    []
}
