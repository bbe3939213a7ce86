import Foundation
import HotglueModels
import LosslessJSON

/// One row of an `ChangeForm`: a labelled value of one kind, with what it must satisfy.
public struct FormField: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case text(TextInput)
        /// Masked while typed. `untouched`: still the value loaded from the API; the first key typed replaces it
        /// (a masked secret cannot be edited in place; reveal it first to do that).
        case secret(TextInput, revealed: Bool, untouched: Bool)
        /// ←/→ or space cycles.
        case choice([String], selected: Int)
        case toggle(Bool)
        /// ←/→ move, space (de)selects; chosen items keep the options' order.
        case multiChoice([String], chosen: Set<String>, cursor: Int)
    }

    /// What the text must read as before the form is sent, and how it is sent.
    public enum Check: Hashable, Sendable {
        case none
        /// `2024-01-01` or ISO 8601.
        case date
        /// Sent as a JSON number when it reads as one.
        case number
        /// Sent parsed (objects and arrays edited as compact JSON).
        case json
    }

    public var key: String
    public var label: String
    public var value: Value
    public var isRequired: Bool
    public var check: Check
    /// A short note under the field when it has the focus ("YYYY-MM-DD or ISO 8601").
    public var hint: String?

    public init(key: String, label: String, value: Value, isRequired: Bool = false, check: Check = .none,
                hint: String? = nil) {
        self.key = key
        self.label = label
        self.value = value
        self.isRequired = isRequired
        self.check = check
        self.hint = hint
    }

    /// The typed text of a text or secret field.
    public var text: String? {
        switch value {
        case .text(let input), .secret(let input, _, _): return input.text
        default: return nil
        }
    }

    public var isSecret: Bool {
        if case .secret = value { return true }
        return false
    }

    /// Empty text, or a multi-choice with nothing chosen.
    public var isEmpty: Bool {
        switch value {
        case .text(let input), .secret(let input, _, _): return input.text.trimmingCharacters(in: .whitespaces).isEmpty
        case .multiChoice(_, let chosen, _): return chosen.isEmpty
        case .choice, .toggle: return false
        }
    }

    /// The chosen items of a multi-choice, in the options' order.
    public var chosenItems: [String] {
        guard case .multiChoice(let options, let chosen, _) = value else { return [] }
        return options.filter(chosen.contains)
    }

    /// Why the value cannot be sent, or nil. Required-ness is checked by the form.
    public var problem: String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        switch check {
        case .none, .number:
            return nil
        case .date:
            return HotglueDate.parse(text) == nil
                ? "\(label): '\(text)' is not a date (use 2024-01-01 or 2024-01-01T00:00:00Z)" : nil
        case .json:
            do {
                _ = try JSONValue.parse(text)
                return nil
            } catch {
                return "\(label): not valid JSON (\(error.description))"
            }
        }
    }

    /// The value as JSON, shaped like `original` where that matters (an emptied field that was `null` stays
    /// `null`). Nil when there is nothing to send (empty optional text).
    public func jsonValue(original: JSONValue? = nil) -> JSONValue? {
        switch value {
        case .toggle(let on):
            return .bool(on)
        case .choice(let options, let selected):
            return options.indices.contains(selected) ? JSONValue(options[selected]) : nil
        case .multiChoice:
            return .array(chosenItems.map { JSONValue($0) })
        case .text(let input), .secret(let input, _, _):
            let text = input.text
            if text.isEmpty {
                // JSONValue is nil-literal expressible: compare by pattern, not with `== nil`.
                switch original {
                case .none: return nil
                case .some(.null): return .null
                case .some: return JSONValue("")
                }
            }
            switch check {
            case .json:
                return try? JSONValue.parse(text)
            case .number:
                return JSONNumber(text: text.trimmingCharacters(in: .whitespaces)).map(JSONValue.number) ?? JSONValue(text)
            case .none, .date:
                return JSONValue(text)
            }
        }
    }

    /// Applies an editing key to the value; false when the key means nothing to this field.
    public mutating func apply(_ key: Key) -> Bool {
        switch value {
        case .text(var input):
            guard input.apply(key) else { return false }
            value = .text(input)
        case .secret(var input, let revealed, let untouched):
            let replacing = untouched && !revealed
            // Moving a cursor inside a masked value means nothing (and would tell its length).
            if replacing, [.left, .right, .home, .end, .control("a"), .control("e")].contains(key) { return false }
            if replacing { input = TextInput() }
            if replacing, key == .backspace || key == .delete {
                value = .secret(input, revealed: revealed, untouched: false)
                return true
            }
            guard input.apply(key) else { return false }
            value = .secret(input, revealed: revealed, untouched: false)
        case .choice(let options, let selected):
            guard !options.isEmpty else { return false }
            switch key {
            case .right, .character(" "): value = .choice(options, selected: (selected + 1) % options.count)
            case .left: value = .choice(options, selected: (selected + options.count - 1) % options.count)
            default: return false
            }
        case .toggle(let on):
            guard key == .character(" ") || key == .left || key == .right else { return false }
            value = .toggle(!on)
        case .multiChoice(let options, var chosen, let cursor):
            guard !options.isEmpty else { return false }
            switch key {
            case .right: value = .multiChoice(options, chosen: chosen, cursor: min(options.count - 1, cursor + 1))
            case .left: value = .multiChoice(options, chosen: chosen, cursor: max(0, cursor - 1))
            case .character(" "):
                let item = options[min(cursor, options.count - 1)]
                if chosen.contains(item) { chosen.remove(item) } else { chosen.insert(item) }
                value = .multiChoice(options, chosen: chosen, cursor: cursor)
            default: return false
            }
        }
        return true
    }

    /// Shows or masks a secret field, this one only. False for other kinds.
    public mutating func toggleReveal() -> Bool {
        guard case .secret(let input, let revealed, let untouched) = value else { return false }
        value = .secret(input, revealed: !revealed, untouched: untouched)
        return true
    }
}
