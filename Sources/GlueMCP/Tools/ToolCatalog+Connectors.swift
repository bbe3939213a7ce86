import MCP

extension ToolCatalog {
    static let connectorTools: [ToolSpec] = [
        ToolSpec(
            name: .getlinkedconnectors, title: "List linked connectors",
            summary: "The connectors linked to a tenant; with include_config their config (secrets masked), with "
                + "include_catalog their Singer catalog.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object([
                "tenant": Schema.tenant,
                "include_config": Schema.boolean("Include each connector's config (secrets masked)."),
                "include_catalog": Schema.boolean("Include each connector's Singer catalog."),
            ], required: ["tenant"]),
            output: Schema.object([
                "tenant": ["type": "string"],
                "connectors": Schema.array(of: Schema.apiObject, "The linked connectors as the API answered."),
            ], required: ["tenant", "connectors"], additional: true)),
        ToolSpec(
            name: .linkconnector, title: "Link a connector",
            summary: "Links a connector to a tenant with its config (a new tenant id creates the tenant). Replaces "
                + "the config of a connector already linked.",
            hints: hints(false, false, false), safety: .changes,
            input: Schema.object([
                "tenant": Schema.tenant, "connector_id": Schema.connector,
                "config": Schema.anyObject("The connector's config (credentials and settings)."),
                "schedule": Schema.object([
                    "schedule_expression": Schema.string("e.g. `rate(1 day)`"),
                    "state": Schema.string("ENABLED or DISABLED", values: ["ENABLED", "DISABLED"]),
                ], required: ["schedule_expression"]),
                "field_map": Schema.anyObject("The field map."),
                "symlink": Schema.anyJSON("As the API takes it."),
                "confirm": Schema.confirm,
            ], required: ["tenant", "connector_id", "config"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "linked": Schema.nullable("object", "The linked connector as answered (config left out), if any."),
                "warnings": warnings,
            ], required: ["tenant", "connector_id"], additional: true)),
        ToolSpec(
            name: .updatelinkedconnector, title: "Update a linked connector",
            summary: "Merges a partial config and/or a field map into a linked connector (keys not given stay).",
            hints: hints(false, false, false), safety: .changes,
            input: Schema.object([
                "tenant": Schema.tenant, "connector_id": Schema.connector,
                "config": Schema.anyObject("The config keys to change."),
                "field_map": Schema.anyObject("The new field map."),
                "confirm": Schema.confirm,
            ], required: ["tenant", "connector_id"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "config_fields": Schema.array(of: ["type": "string"], "The config keys sent (never their values)."),
                "warnings": warnings,
            ], required: ["tenant", "connector_id", "config_fields"], additional: true)),
        ToolSpec(
            name: .unlinkconnector, title: "Unlink a connector",
            summary: "Unlinks a connector from a tenant: its config and state are gone. Needs confirm "
                + "(`tenant/connector`) on every profile.",
            hints: hints(false, true, true), safety: .destroys,
            input: Schema.object([
                "tenant": Schema.tenant, "connector_id": Schema.connector, "confirm": Schema.confirm,
            ], required: ["tenant", "connector_id", "confirm"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "unlinked": ["type": "boolean"], "warnings": warnings,
            ], required: ["tenant", "connector_id", "unlinked"], additional: true)),
        ToolSpec(
            name: .triggerdiscover, title: "Start a discovery",
            summary: "Starts an asynchronous catalog discovery for a linked connector; follow it with polldiscover. "
                + "It starts work at Hotglue: not offered on a read-only profile.",
            hints: hints(true, false, true), safety: .changes,
            input: Schema.object([
                "tenant": Schema.tenant, "connector_id": Schema.connector,
                "confirm": Schema.confirm,
            ], required: ["tenant", "connector_id"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "status": ["type": "string"], "warnings": warnings,
            ], required: ["tenant", "connector_id", "status"], additional: true)),
        ToolSpec(
            name: .polldiscover, title: "Poll a discovery",
            summary: "The status of a connector's discovery: RUNNING until it ends (then read the catalog with "
                + "getlinkedconnectors include_catalog).",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object(["tenant": Schema.tenant, "connector_id": Schema.connector],
                                 required: ["tenant", "connector_id"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "status": ["type": "string"], "running": ["type": "boolean"],
                "message": Schema.nullable("string", "Why it failed, when it did."),
            ], required: ["tenant", "connector_id", "status", "running"], additional: true)),
    ]
}
