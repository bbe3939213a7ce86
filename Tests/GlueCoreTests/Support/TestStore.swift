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

    /// The lines of `dump` between the first and the last that differ, expected then actual, so the message
    /// names the fields (a list that grew shows as its new rows, not as every row after them).
    static func difference(expected: Model, actual: Model) -> String {
        var expectedText = "", actualText = ""
        dump(expected, to: &expectedText)
        dump(actual, to: &actualText)
        let left = expectedText.split(separator: "\n").map(String.init)
        let right = actualText.split(separator: "\n").map(String.init)
        var prefix = 0
        while prefix < min(left.count, right.count), left[prefix] == right[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(left.count, right.count) - prefix,
              left[left.count - 1 - suffix] == right[right.count - 1 - suffix] { suffix += 1 }
        let context = prefix > 0 ? ["  at: " + left[prefix - 1].trimmingCharacters(in: .whitespaces)] : []
        let gone = left[prefix..<(left.count - suffix)].prefix(20).map { "  expected: " + $0.trimmingCharacters(in: .whitespaces) }
        let came = right[prefix..<(right.count - suffix)].prefix(20).map { "  actual:   " + $0.trimmingCharacters(in: .whitespaces) }
        return (context + gone + came).joined(separator: "\n")
    }
}
