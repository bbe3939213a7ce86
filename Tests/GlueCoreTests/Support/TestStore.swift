import GlueCore
import Testing

/// Whole-model assertions, in the spirit of TCA's `TestStore`: `send` a message, say every change it makes to the
/// model (in the closure, on the model as it was) and every effect it returns. A change nobody stated, a stated
/// change that did not happen, or an effect nobody expected fails the test, naming the fields that differ.
struct TestStore {
    private(set) var model: Model

    init(_ model: Model) {
        self.model = model
    }

    /// Sends `msg`. `change` states the whole expected change; `effects` every effect, in order.
    mutating func send(_ msg: Msg, effects expected: [Effect] = [],
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ change: (inout Model) -> Void = { _ in }) {
        var expectedModel = model
        change(&expectedModel)
        let effects = update(&model, msg)
        if effects != expected {
            Issue.record("effects differ: expected \(expected), got \(effects)", sourceLocation: sourceLocation)
        }
        if model != expectedModel {
            Issue.record("the model changed otherwise than stated:\n\(Self.difference(expected: expectedModel, actual: model))",
                         sourceLocation: sourceLocation)
        }
    }

    /// `send(.key(key))`: one key press, its whole change and its effects stated.
    mutating func press(_ key: Key, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                        _ change: (inout Model) -> Void = { _ in }) {
        send(.key(key), effects: expected, sourceLocation: sourceLocation, change)
    }

    /// Each place where the models differ, by its path (`jobs.log.follow: expected true, actual false`). Values
    /// are compared, not printed: a dictionary whose order of iteration differs is not a difference.
    static func difference(expected: Model, actual: Model) -> String {
        var lines: [String] = []
        differences(expected, actual, path: "model", into: &lines)
        return lines.prefix(20).joined(separator: "\n")
    }

    private static func differences(_ expected: Any, _ actual: Any, path: String, into lines: inout [String]) {
        if let left = expected as? AnyHashable, let right = actual as? AnyHashable, left == right { return }
        let left = Mirror(reflecting: expected), right = Mirror(reflecting: actual)
        let leftChildren = Array(left.children), rightChildren = Array(right.children)
        // Walk into structs, classes, tuples, optionals and enums of the same case, and lists of the same length;
        // anything else (dictionaries, sets, scalars, another case) is a difference here.
        let walkable: Bool
        switch left.displayStyle {
        case .struct?, .class?, .tuple?:
            walkable = !leftChildren.isEmpty && leftChildren.map(\.label) == rightChildren.map(\.label)
        case .optional?, .enum?, .collection?:
            walkable = !leftChildren.isEmpty && leftChildren.count == rightChildren.count
                && leftChildren.map(\.label) == rightChildren.map(\.label)
        default:
            walkable = false
        }
        guard walkable, left.displayStyle == right.displayStyle else {
            lines.append("  \(path): expected \(shown(expected)), actual \(shown(actual))")
            return
        }
        for (index, (leftChild, rightChild)) in zip(leftChildren, rightChildren).enumerated() {
            let name = left.displayStyle == .collection ? "[\(index)]" : "." + (leftChild.label ?? "\(index)")
            differences(leftChild.value, rightChild.value, path: path + name, into: &lines)
        }
    }

    private static func shown(_ value: Any) -> String {
        let text = String(reflecting: value)
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
