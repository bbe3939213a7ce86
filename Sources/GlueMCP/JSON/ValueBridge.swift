import Foundation
import LosslessJSON
import MCP

/// Between gluetop's JSON (LosslessJSON, which keeps number text) and the SDK's `Value`. The SDK holds numbers as
/// `Int` or `Double`, so a number that neither keeps exactly (`12345678901234567890`, `1.10`) cannot cross without
/// changing its text: results that carry a state therefore also give it as JSON text (`state_json`), and the
/// state tools take JSON text as well as an object.
enum ValueBridge {
    static func value(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .number(let number):
            if let int = Int(number.text) { return .int(int) }
            return .double(number.doubleValue ?? 0)
        case .string(let string): return .string(string.value)
        case .array(let items): return .array(items.map(value))
        case .object(let object):
            var members: [String: Value] = [:]
            for (key, member) in object { members[key] = value(member) }
            return .object(members)
        }
    }

    static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int): return JSONValue(int)
        case .double(let double): return JSONValue(double)
        case .string(let string): return JSONValue(string)
        // The SDK reads a string shaped like a data URL as data; it was a string on the wire.
        case .data(let mimeType, let data):
            return JSONValue("data:\(mimeType ?? "application/octet-stream");base64,\(data.base64EncodedString())")
        case .array(let items): return .array(items.map(json))
        case .object(let members):
            // The SDK's dictionary has no order; sorted keys at least make the order repeatable.
            return .object(JSONObject(members.keys.sorted().map { ($0, json(members[$0]!)) }))
        }
    }
}
