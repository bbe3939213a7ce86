import HotglueModels
import LosslessJSON
import MCP

/// A tool call's arguments, read against its input schema: an argument the tool does not take, a missing one, or
/// one of the wrong type is refused with the argument's name and what was expected, before anything is sent.
struct ToolArguments: Sendable {
    /// The most a body argument (a state, a config) may weigh, as compact JSON.
    static let maxBodyBytes = 1 << 20

    let values: [String: Value]
    let tool: ToolName

    init(_ values: [String: Value]?, for spec: ToolSpec) throws(ToolFailure) {
        self.values = values ?? [:]
        self.tool = spec.name
        let known = spec.input.objectValue?["properties"]?.objectValue ?? [:]
        if let unknown = self.values.keys.sorted().first(where: { known[$0] == nil }) {
            let takes = known.keys.sorted().joined(separator: ", ")
            throw .invalid(unknown, "\(tool.rawValue) takes no argument `\(unknown)`",
                           "Its arguments are: \(takes.isEmpty ? "none" : takes).")
        }
    }

    var tenant: TenantID {
        get throws(ToolFailure) { TenantID(try string("tenant")) }
    }

    var connector: ConnectorID {
        get throws(ToolFailure) { ConnectorID(try string("connector_id")) }
    }

    /// A required, non-empty string.
    func string(_ name: String) throws(ToolFailure) -> String {
        guard let value = try optionalString(name) else {
            throw .invalid(name, "\(tool.rawValue) needs the argument `\(name)`", "Pass `\(name)` as a string.")
        }
        return value
    }

    func optionalString(_ name: String) throws(ToolFailure) -> String? {
        guard let value = present(name) else { return nil }
        guard case .string(let string) = value else { throw mistyped(name, value, expected: "a string") }
        guard !string.isEmpty else {
            throw .invalid(name, "argument `\(name)` of \(tool.rawValue) is empty", "Pass a non-empty string.")
        }
        return string
    }

    func bool(_ name: String) throws(ToolFailure) -> Bool? {
        guard let value = present(name) else { return nil }
        guard case .bool(let bool) = value else { throw mistyped(name, value, expected: "true or false") }
        return bool
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws(ToolFailure) -> Int? {
        guard let value = present(name) else { return nil }
        let int: Int
        switch value {
        case .int(let whole): int = whole
        case .double(let double) where double == double.rounded() && abs(double) < 1e15: int = Int(double)
        default: throw mistyped(name, value, expected: "an integer")
        }
        guard range.contains(int) else {
            throw .invalid(name, "argument `\(name)` of \(tool.rawValue) is \(int), outside \(range.lowerBound)…\(range.upperBound)",
                           "Pass a number from \(range.lowerBound) to \(range.upperBound).")
        }
        return int
    }

    /// An object argument (a config, a field map), at most `maxBodyBytes`.
    func object(_ name: String) throws(ToolFailure) -> JSONObject? {
        guard let value = present(name) else { return nil }
        guard case .object = value else { throw mistyped(name, value, expected: "an object") }
        let json = ValueBridge.json(value)
        try checkSize(name, bytes: json.compactBytes().count)
        return json.objectValue
    }

    /// Any JSON, `null` included; nil when the argument is absent.
    func json(_ name: String) throws(ToolFailure) -> JSONValue? {
        guard let value = values[name] else { return nil }
        let json = ValueBridge.json(value)
        try checkSize(name, bytes: json.compactBytes().count)
        return json
    }

    /// A state: an object, or JSON text (parsed losslessly, so every number keeps its text), or `null` (no state).
    /// `.none` when the argument is absent.
    func state(_ name: String) throws(ToolFailure) -> JSONValue?? {
        guard let value = values[name] else { return .none }
        let state: JSONValue
        switch value {
        case .null:
            return .some(nil)
        case .string(let text):
            try checkSize(name, bytes: text.utf8.count)
            do {
                state = try JSONValue.parse(text)
            } catch {
                throw .invalid(name, "argument `\(name)` of \(tool.rawValue) is not valid JSON: \(error.description)",
                               "Send the state as an object, or as the JSON text getconnectorstate gave (state_json).")
            }
        case .object:
            state = ValueBridge.json(value)
            try checkSize(name, bytes: state.compactBytes().count)
        default:
            throw mistyped(name, value, expected: "an object, JSON text or null")
        }
        if state.compact().contains(SecretMasking.mask) {
            throw .invalid(name, "argument `\(name)` holds masked secrets (\(SecretMasking.mask))",
                           "gluetop never shows secrets, so a state read through it cannot be written back with them; "
                               + "ask the operator to edit this state in the dashboard.")
        }
        return .some(state)
    }

    private func present(_ name: String) -> Value? {
        guard let value = values[name], value != .null else { return nil }
        return value
    }

    private func checkSize(_ name: String, bytes: Int) throws(ToolFailure) {
        guard bytes > Self.maxBodyBytes else { return }
        throw .invalid(name, "argument `\(name)` of \(tool.rawValue) is \(bytes) bytes, more than gluetop takes "
                           + "(\(Self.maxBodyBytes) bytes)", "Send a smaller document.")
    }

    private func mistyped(_ name: String, _ value: Value, expected: String) -> ToolFailure {
        .invalid(name, "argument `\(name)` of \(tool.rawValue) must be \(expected), not \(Self.kind(value))",
                 "Pass `\(name)` as \(expected).")
    }

    static func kind(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string, .data: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
