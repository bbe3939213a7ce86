import HotglueModels
import LosslessJSON
import MCP

/// A tool's answer: the structured content (matching the tool's output schema) and one short text for clients that
/// read only text. Both are masked here, on the way out, whatever the tool put in them.
struct ToolSuccess: Sendable {
    var structured: JSONObject
    var text: String

    var result: CallTool.Result {
        let content: Value? = ValueBridge.value(SecretMasking.masked(.object(structured)))
        return CallTool.Result(content: [.text(text: SecretMasking.maskText(text), annotations: nil, _meta: nil)],
                               structuredContent: content, isError: false)
    }
}

extension JSONObject {
    /// Adds `warnings` when there are any.
    mutating func addWarnings(_ warnings: [String?]) {
        let said = warnings.compactMap { $0 }
        if !said.isEmpty { self["warnings"] = .array(said.map { JSONValue($0) }) }
    }
}

/// Masked JSON text of a state, or null.
func maskedJSONText(_ value: JSONValue?) -> JSONValue {
    value.map { JSONValue(SecretMasking.masked($0).compact()) } ?? .null
}
