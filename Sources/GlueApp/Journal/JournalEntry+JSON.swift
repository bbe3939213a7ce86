import Foundation
import GlueCore
import LosslessJSON

/// One journal line: a compact JSON object. States are embedded as JSON values, so their text (numbers included)
/// is kept byte for byte.
extension JournalEntry {
    var json: JSONValue {
        var object = JSONObject()
        object["time"] = JSONValue(JournalTime.format(time))
        object["origin"] = JSONValue(origin)
        object["profile"] = JSONValue(profile)
        object["env"] = JSONValue(envID)
        object["flow"] = JSONValue(flowID)
        object["tenant"] = tenant.map { JSONValue($0) } ?? JSONValue.null
        object["connector"] = connector.map { JSONValue($0) } ?? JSONValue.null
        object["action"] = JSONValue(action)
        object["request"] = JSONValue(request)
        switch outcome {
        case .succeeded:
            object["result"] = "succeeded"
        case .failed(let message):
            object["result"] = "failed"
            object["error"] = JSONValue(message)
        case .conflict:
            object["result"] = "conflict"
        }
        if before != nil || after != nil || action.hasPrefix("state.") {
            object["before"] = before ?? .null
            object["after"] = after ?? .null
        }
        return .object(object)
    }

    /// Reads a line written by `json`; nil when it is not a journal entry.
    init?(json: JSONValue) {
        guard let object = json.objectValue,
              let timeText = object["time"]?.stringValue, let time = JournalTime.parse(timeText),
              let action = object["action"]?.stringValue else { return nil }
        let outcome: Outcome
        switch object["result"]?.stringValue {
        case "succeeded": outcome = .succeeded
        case "conflict": outcome = .conflict
        default: outcome = .failed(object["error"]?.stringValue ?? "unknown")
        }
        func optional(_ key: String) -> JSONValue? {
            guard let value = object[key], !value.isNull else { return nil }
            return value
        }
        self.init(time: time, origin: object["origin"]?.stringValue ?? "?",
                  profile: object["profile"]?.stringValue ?? "?", envID: object["env"]?.stringValue ?? "?",
                  flowID: object["flow"]?.stringValue ?? "?", tenant: object["tenant"]?.stringValue,
                  connector: object["connector"]?.stringValue, action: action,
                  request: object["request"]?.stringValue ?? "", outcome: outcome,
                  before: optional("before"), after: optional("after"))
    }
}

/// ISO 8601 with milliseconds, in UTC: sortable and exact enough to order a burst of changes.
public enum JournalTime {
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true)
            .timeSeparator(.colon).timeZone(separator: .omitted))
    }

    public static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601.year().month().day().dateSeparator(.dash)
            .time(includingFractionalSeconds: true).timeSeparator(.colon).timeZone(separator: .omitted)) {
            return date
        }
        return try? Date(text, strategy: .iso8601)
    }
}
