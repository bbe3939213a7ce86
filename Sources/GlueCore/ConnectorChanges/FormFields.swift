import Foundation
import HotglueModels
import LosslessJSON

/// The fields each action's form is made of.
enum FormFields {
    /// Link: what the connector's settings describe (or its auth type implies), required first.
    static func link(_ settings: ConnectorSettings) -> [FormField] {
        ConnectorConfigField.fields(for: settings).map { described in
            let value: FormField.Value
            var check = FormField.Check.none
            switch described.kind {
            case .text:
                value = .text(TextInput(described.defaultValue ?? ""))
                if described.key.lowercased().contains("date") { check = .date }
            case .number:
                value = .text(TextInput(described.defaultValue ?? ""))
                check = .number
            case .secret:
                value = .secret(TextInput(), revealed: false, untouched: false)
            case .toggle:
                value = .toggle(described.defaultValue?.lowercased() == "true")
            case .choice(let options):
                value = .choice(options, selected: described.defaultValue.flatMap(options.firstIndex(of:)) ?? 0)
            }
            return FormField(key: described.key, label: described.label, value: value,
                             isRequired: described.isRequired, check: check,
                             hint: check == .date ? "YYYY-MM-DD or ISO 8601" : nil)
        }
    }

    /// Update: one field per config key, in the config's order; secrets masked and untouched until typed over.
    static func update(_ config: JSONObject) -> [FormField] {
        config.map { key, value in
            let secret = SecretMasking.isSecretKey(key) || SecretMasking.isSecretValue(value)
            switch value {
            case .bool(let on) where !secret:
                return FormField(key: key, label: key, value: .toggle(on))
            case .string(let string):
                let input = TextInput(string.value)
                return FormField(key: key, label: key,
                                 value: secret ? .secret(input, revealed: false, untouched: true) : .text(input))
            case .number(let number):
                let input = TextInput(number.text)
                return FormField(key: key, label: key,
                                 value: secret ? .secret(input, revealed: false, untouched: true) : .text(input),
                                 check: .number)
            case .null:
                return FormField(key: key, label: key,
                                 value: secret ? .secret(TextInput(), revealed: false, untouched: true) : .text(TextInput()))
            case .bool, .object, .array:
                let input = TextInput(value.compact())
                return FormField(key: key, label: key,
                                 value: secret ? .secret(input, revealed: false, untouched: true) : .text(input),
                                 check: .json, hint: "JSON")
            }
        }
    }

    /// Run job: type, reset, start date, streams (a list when the catalog is known, else names separated by
    /// commas).
    static func runJob(streams: [String]?) -> [FormField] {
        var fields = [
            FormField(key: "job_type", label: "Job type", value: .choice(["read", "write"], selected: 0)),
            FormField(key: "reset_source_state", label: "Reset source state", value: .toggle(false),
                      hint: "full sync: the state is ignored"),
            FormField(key: "override_start_date", label: "Start date", value: .text(TextInput()), check: .date,
                      hint: "YYYY-MM-DD or ISO 8601; empty: from the state"),
        ]
        if let streams, !streams.isEmpty {
            fields.append(FormField(key: "streams", label: "Streams",
                                    value: .multiChoice(streams, chosen: [], cursor: 0),
                                    hint: "←/→ move, space selects; none: the catalog's selection"))
        } else {
            fields.append(FormField(key: "streams", label: "Streams", value: .text(TextInput()),
                                    hint: "names separated by commas; empty: the catalog's selection"))
        }
        return fields
    }

    /// The names a streams field holds, whichever kind it is.
    static func streamNames(_ field: FormField?) -> [String] {
        guard let field else { return [] }
        if case .multiChoice = field.value { return field.chosenItems }
        return (field.text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
