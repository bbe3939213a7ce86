import Foundation
import GlueCore
import LosslessJSON

/// A journal line is one compact JSON object. States are embedded as JSON values, so their text (numbers
/// included) is kept byte for byte.
extension JournalRecord {
    var json: JSONValue {
        switch self {
        case .intent(let entry):
            var object = entry.identityFields
            object["kind"] = "intent"
            if let processID = entry.processID { object["pid"] = JSONValue(Int(processID)) }
            if let client = entry.client { object["client"] = JSONValue(client) }
            if entry.carriesStates {
                object["before"] = entry.before ?? .null
                object["after"] = entry.after ?? .null
            }
            return .object(object)
        case .outcome(let outcome):
            var object = JSONObject()
            object["kind"] = "outcome"
            object["id"] = JSONValue(outcome.id)
            object["time"] = JSONValue(JournalTime.format(outcome.time))
            outcome.outcome.write(into: &object)
            if let settlement = outcome.settlement { object["settled"] = JSONValue(settlement) }
            if let states = outcome.states {
                object["before"] = states.before ?? .null
                object["after"] = states.after ?? .null
            }
            return .object(object)
        case .complete(let entry):
            var object = entry.identityFields
            entry.outcome.write(into: &object)
            if entry.carriesStates {
                object["before"] = entry.before ?? .null
                object["after"] = entry.after ?? .null
            }
            return .object(object)
        }
    }

    /// Reads a line written by `json` (either format); nil when it is not a journal record.
    init?(json: JSONValue) {
        guard let object = json.objectValue,
              let timeText = object["time"]?.stringValue, let time = JournalTime.parse(timeText) else { return nil }
        func optional(_ key: String) -> JSONValue? {
            guard let value = object[key], !value.isNull else { return nil }
            return value
        }
        switch object["kind"]?.stringValue {
        case "outcome":
            guard let id = object["id"]?.stringValue, !id.isEmpty else { return nil }
            let states = object["before"] != nil || object["after"] != nil
                ? JournalOutcome.States(before: optional("before"), after: optional("after")) : nil
            self = .outcome(JournalOutcome(id: id, time: time, outcome: .read(from: object), states: states,
                                           settlement: object["settled"]?.stringValue))
        case "intent":
            guard var entry = JournalEntry(identity: object, time: time, outcome: .pending),
                  !entry.id.isEmpty else { return nil }
            entry.before = optional("before")
            entry.after = optional("after")
            entry.processID = object["pid"]?.intValue.flatMap { Int32(exactly: $0) }
            entry.client = object["client"]?.stringValue
            self = .intent(entry)
        case nil:
            guard var entry = JournalEntry(identity: object, time: time, outcome: .read(from: object)) else { return nil }
            entry.before = optional("before")
            entry.after = optional("after")
            self = .complete(entry)
        default:
            return nil
        }
    }
}

private extension JournalEntry {
    /// States travel with every `state.*` change, even when both are absent (null says "no state").
    var carriesStates: Bool { before != nil || after != nil || action.hasPrefix("state.") }

    var identityFields: JSONObject {
        var object = JSONObject()
        if !id.isEmpty { object["id"] = JSONValue(id) }
        object["time"] = JSONValue(JournalTime.format(time))
        object["origin"] = JSONValue(origin)
        object["profile"] = JSONValue(profile)
        object["env"] = JSONValue(envID)
        object["flow"] = JSONValue(flowID)
        object["tenant"] = tenant.map { JSONValue($0) } ?? JSONValue.null
        object["connector"] = connector.map { JSONValue($0) } ?? JSONValue.null
        object["action"] = JSONValue(action)
        object["request"] = JSONValue(request)
        return object
    }

    init?(identity object: JSONObject, time: Date, outcome: Outcome) {
        guard let action = object["action"]?.stringValue else { return nil }
        self.init(time: time, origin: object["origin"]?.stringValue ?? "?",
                  profile: object["profile"]?.stringValue ?? "?", envID: object["env"]?.stringValue ?? "?",
                  flowID: object["flow"]?.stringValue ?? "?", tenant: object["tenant"]?.stringValue,
                  connector: object["connector"]?.stringValue, action: action,
                  request: object["request"]?.stringValue ?? "", outcome: outcome,
                  id: object["id"]?.stringValue ?? "")
    }
}

private extension JournalEntry.Outcome {
    func write(into object: inout JSONObject) {
        switch self {
        case .succeeded:
            object["result"] = "succeeded"
        case .failed(let message):
            object["result"] = "failed"
            object["error"] = JSONValue(message)
        case .conflict:
            object["result"] = "conflict"
        case .refused(let message):
            object["result"] = "refused"
            object["error"] = JSONValue(message)
        case .unknown(let message):
            object["result"] = "unknown"
            object["error"] = JSONValue(message)
        case .pending:
            object["result"] = "pending"
        }
    }

    static func read(from object: JSONObject) -> Self {
        let error = object["error"]?.stringValue ?? "no reason recorded"
        switch object["result"]?.stringValue {
        case "succeeded": return .succeeded
        case "conflict": return .conflict
        case "refused": return .refused(error)
        case "unknown": return .unknown(error)
        case "pending": return .pending
        default: return .failed(error)
        }
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
