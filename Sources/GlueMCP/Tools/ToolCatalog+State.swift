import MCP

extension ToolCatalog {
    static let stateTools: [ToolSpec] = [
        ToolSpec(
            name: .getconnectorstate, title: "Read a connector's state",
            summary: "A connector's Singer state (bookmarks), secrets masked; null when it has none. state_json "
                + "is the same as JSON text with every number exactly as stored: pass it back as expected_state.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object(["tenant": Schema.tenant, "connector_id": Schema.connector],
                                 required: ["tenant", "connector_id"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "state": Schema.anyJSON("The state, secrets masked; null when there is none."),
                "state_json": Schema.nullable("string", "The state as JSON text, numbers exact."),
            ], required: ["tenant", "connector_id", "state", "state_json"], additional: true)),
        ToolSpec(
            name: .setconnectorstate, title: "Replace a connector's state",
            summary: "Replaces a connector's state. With expected_state (what getconnectorstate gave) it is refused "
                + "when the state changed meanwhile. Refused while a job of the connector runs, unless force.",
            hints: hints(false, false, true), safety: .changes,
            input: Schema.object([
                "tenant": Schema.tenant, "connector_id": Schema.connector,
                "state": Schema.state("The new state: an object, or JSON text (keeps big numbers exact)."),
                "expected_state": Schema.state(
                    "The state this change is based on (object, JSON text, or null for none)."),
                "force": Schema.boolean("Change it even while a job of the connector runs."),
                "confirm": Schema.confirm,
            ], required: ["tenant", "connector_id", "state"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "before": Schema.anyJSON("The state before, secrets masked."),
                "after": Schema.anyJSON("The state as read back, secrets masked."),
                "after_json": Schema.nullable("string", "The state as read back, as JSON text."),
                "warnings": warnings,
            ], required: ["tenant", "connector_id", "before", "after"], additional: true)),
        ToolSpec(
            name: .deleteconnectorstate, title: "Delete a connector's state",
            summary: "Deletes a connector's state: its next job runs a full sync. Needs confirm "
                + "(`tenant/connector`) on every profile.",
            hints: hints(false, true, true), safety: .destroys,
            input: Schema.object([
                "tenant": Schema.tenant, "connector_id": Schema.connector,
                "expected_state": Schema.state("The state this deletion is based on."),
                "force": Schema.boolean("Delete it even while a job of the connector runs."),
                "confirm": Schema.confirm,
            ], required: ["tenant", "connector_id", "confirm"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "before": Schema.anyJSON("The state deleted, secrets masked."),
                "deleted": ["type": "boolean"], "warnings": warnings,
            ], required: ["tenant", "connector_id", "before", "deleted"], additional: true)),
    ]
}
