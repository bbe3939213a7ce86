import MCP

/// The tools in the order they are listed, and which a profile lists: a read-only profile lists none that
/// changes Hotglue or starts work there.
enum ToolCatalog {
    static let all: [ToolSpec] = connectorTools + stateTools + jobTools + catalogueTools

    static func spec(_ name: ToolName) -> ToolSpec {
        all.first { $0.name == name }!
    }

    static func listed(readOnly: Bool) -> [ToolSpec] {
        readOnly ? all.filter { $0.safety == .reads } : all
    }

    static func hints(_ readOnly: Bool, _ destructive: Bool, _ idempotent: Bool) -> ToolSpec.Hints {
        ToolSpec.Hints(readOnly: readOnly, destructive: destructive, idempotent: idempotent)
    }

    /// Output members every change result may carry.
    static let warnings = Schema.array(of: ["type": "string"],
        "What went wrong beside the change itself (the journal could not record it, the read-back failed).")
}
