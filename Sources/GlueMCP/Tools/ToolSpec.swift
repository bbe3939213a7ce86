import MCP

/// One tool as listed: its hints exactly as the capability gives them, and gluetop's own safety class, which the
/// hints do not decide (`triggerdiscover` is hinted read-only but starts work at Hotglue).
struct ToolSpec: Sendable {
    struct Hints: Hashable, Sendable {
        var readOnly: Bool
        var destructive: Bool
        var idempotent: Bool
    }

    /// What gluetop's guards make of a tool.
    enum Safety: Hashable, Sendable {
        /// Reads only: listed everywhere, never asks for `confirm`.
        case reads
        /// Changes Hotglue or starts work there: not listed on a read-only profile; `confirm` on production.
        case changes
        /// Destroys something (unlink, delete state): as `.changes`, and `confirm` on every profile.
        case destroys
    }

    var name: ToolName
    var title: String
    var summary: String
    var hints: Hints
    var safety: Safety
    var input: Value
    var output: Value

    var tool: Tool {
        Tool(name: name.rawValue, title: title, description: summary, inputSchema: input,
             annotations: .init(title: title, readOnlyHint: hints.readOnly, destructiveHint: hints.destructive,
                                idempotentHint: hints.idempotent, openWorldHint: true),
             outputSchema: output)
    }
}
