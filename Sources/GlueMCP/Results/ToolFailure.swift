import HotglueModels
import LosslessJSON
import MCP

/// A tool call that did not do what was asked, said so an agent can decide what to do next: the category, whether
/// trying again can help and after how long, and what to do instead. Sent as an `isError` result whose structured
/// content holds these fields, and whose text says the same in one paragraph.
struct ToolFailure: Error, Sendable {
    enum Category: String, Sendable {
        case auth, notFound = "not_found", conflict, rateLimited = "rate_limited", refused, server, network
        case invalidInput = "invalid_input"
    }

    var category: Category
    var message: String
    /// What to do instead, or how to go on.
    var whatToDo: String
    var retryable: Bool = false
    var retryAfterSeconds: Double?
    /// The argument at fault (invalid input), as a path: `state`, `schedule.state`.
    var argument: String?
    /// Whether the change may have happened although the answer never came.
    var outcomeUnknown = false
    /// More structured detail (the state as it is now, for a conflict).
    var detail: JSONObject = JSONObject()

    var structured: JSONValue {
        var object: JSONObject = [
            "error": JSONValue(category.rawValue), "message": JSONValue(message),
            "what_to_do": JSONValue(whatToDo), "retryable": JSONValue(retryable),
        ]
        if let retryAfterSeconds { object["retry_after_seconds"] = JSONValue(retryAfterSeconds) }
        if let argument { object["argument"] = JSONValue(argument) }
        if outcomeUnknown { object["outcome_unknown"] = true }
        for (key, value) in detail { object[key] = value }
        return .object(object)
    }

    var text: String {
        var text = "\(category.rawValue): \(message)."
        if let retryAfterSeconds {
            text += " Retry after \(Self.seconds(retryAfterSeconds)) s."
        } else if retryable {
            text += " Retrying may help."
        }
        return text + " " + whatToDo
    }

    var result: CallTool.Result {
        let content: Value? = ValueBridge.value(SecretMasking.masked(structured))
        return CallTool.Result(content: [.text(text: SecretMasking.maskText(text), annotations: nil, _meta: nil)],
                               structuredContent: content, isError: true)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func invalid(_ argument: String, _ message: String, _ whatToDo: String) -> ToolFailure {
        ToolFailure(category: .invalidInput, message: message, whatToDo: whatToDo, argument: argument)
    }
}
