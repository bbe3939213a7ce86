import LosslessJSON
import Yams

/// JSON values as YAML, keeping key order and each number's exact text. Strings that YAML would read as
/// something else (`"123"`, `"true"`, timestamps, `""`) are quoted so they stay strings.
enum YAMLRendering {
    static func render(_ value: JSONValue) throws -> String {
        do {
            return try Yams.serialize(node: node(value), allowUnicode: true)
        } catch {
            throw ScriptFailure(.apiError, "cannot print YAML: \(error)")
        }
    }

    static func node(_ value: JSONValue) -> Node {
        switch value {
        case .null: return Node("null")
        case .bool(let bool): return Node(bool ? "true" : "false")
        case .number(let number): return Node(number.text)
        case .string(let string): return stringNode(string.value)
        case .array(let items): return .sequence(Node.Sequence(items.map(node)))
        case .object(let object):
            return .mapping(Node.Mapping(object.map { (stringNode($0.key), node($0.value)) }))
        }
    }

    private static func stringNode(_ text: String) -> Node {
        let plain = Node(text)
        if text.isEmpty || Resolver.default.resolveTag(of: plain) != .str {
            return Node(text, .implicit, .doubleQuoted)
        }
        return plain
    }
}
