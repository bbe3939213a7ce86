import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// What was typed into a link or update form and not yet written: kept (in the model, and on disk by the runtime)
/// from the first key typed until the API confirms the change or the operator clears it, so Esc, a failed write, a
/// dropped ssh session or a crash loses none of it. Only the fields that differ from the form as it was opened.
public struct FormDraft: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case link
        case update
    }

    /// One draft per action and connector (for a link: the tenant and the connector picked).
    public struct Key: Hashable, Sendable {
        public var kind: Kind
        public var ref: ConnectorRef

        public init(kind: Kind, ref: ConnectorRef) {
            self.kind = kind
            self.ref = ref
        }
    }

    /// A field's value as typed, independent of the field's widget state (cursor, reveal).
    public enum Value: Hashable, Sendable {
        case text(String)
        /// Typed over a secret field. Never written to disk: a draft read back from disk has none.
        case secret(String)
        case choice(String)
        case toggle(Bool)
        case items([String])
    }

    public var key: Key
    /// By field key: only the fields that differ from the form as opened.
    public var values: [String: Value]
    /// Secret fields that were typed in a run that ended: their values were not written to disk, so they must be
    /// typed again.
    public var secretsToRetype: [String]
    /// When it was last changed (the model's clock).
    public var time: Date

    public init(key: Key, values: [String: Value], secretsToRetype: [String] = [], time: Date) {
        self.key = key
        self.values = values
        self.secretsToRetype = secretsToRetype
        self.time = time
    }

    /// What the form holds beyond what it was opened with; nil when nothing was typed (or the form is not a link
    /// or update form with its fields shown).
    public init?(of form: ChangeForm, at time: Date) {
        guard let key = form.draftKey, let fresh = form.freshFields else { return nil }
        var values: [String: Value] = [:]
        for field in form.fields {
            guard let value = Self.value(of: field),
                  value != fresh.first(where: { $0.key == field.key }).flatMap(Self.value(of:)) else { continue }
            values[field.key] = value
        }
        guard !values.isEmpty else { return nil }
        self.init(key: key, values: values, time: time)
    }

    /// Without its secrets: what may be written to disk.
    public var withoutSecrets: FormDraft {
        var copy = self
        copy.values = values.filter { if case .secret = $0.value { false } else { true } }
        copy.secretsToRetype = (secretsToRetype + values.compactMap { key, value in
            if case .secret = value { key } else { nil }
        }).uniquedSorted()
        return copy
    }

    static func value(of field: FormField) -> Value? {
        switch field.value {
        case .text(let input): return .text(input.text)
        case .secret(let input, _, let untouched): return untouched ? nil : .secret(input.text)
        case .choice(let options, let selected): return options.indices.contains(selected) ? .choice(options[selected]) : nil
        case .toggle(let on): return .toggle(on)
        case .multiChoice(let options, let chosen, _): return .items(options.filter(chosen.contains))
        }
    }
}

extension ChangeForm {
    /// The draft this form's typing is kept under: link (once a connector is picked) and update forms.
    public var draftKey: FormDraft.Key? {
        switch purpose {
        case .link(let tenant):
            guard let connector else { return nil }
            return FormDraft.Key(kind: .link, ref: ConnectorRef(tenant: tenant, connector: connector.id))
        case .update(let ref):
            return original == nil ? nil : FormDraft.Key(kind: .update, ref: ref)
        case .runJob:
            return nil
        }
    }

    /// The fields as the form first showed them.
    var freshFields: [FormField]? {
        switch purpose {
        case .link: return connector.map(FormFields.link)
        case .update: return original.map(FormFields.update)
        case .runJob: return nil
        }
    }

    /// Puts a draft's values into the fields they belong to; a value the field cannot take (a choice no longer
    /// offered) is left out.
    mutating func fill(from draft: FormDraft) {
        for index in fields.indices {
            guard let value = draft.values[fields[index].key] else { continue }
            switch (fields[index].value, value) {
            case (.text, .text(let text)):
                fields[index].value = .text(TextInput(text))
            case (.secret, .secret(let text)):
                fields[index].value = .secret(TextInput(text), revealed: false, untouched: false)
            case (.choice(let options, _), .choice(let option)):
                if let selected = options.firstIndex(of: option) { fields[index].value = .choice(options, selected: selected) }
            case (.toggle, .toggle(let on)):
                fields[index].value = .toggle(on)
            case (.multiChoice(let options, _, let cursor), .items(let items)):
                fields[index].value = .multiChoice(options, chosen: Set(items).intersection(options), cursor: cursor)
            default:
                break
            }
        }
    }

    /// Back to the fields as first shown.
    mutating func clearTyping() {
        if let fresh = freshFields { fields = fresh }
        focus = 0
    }
}

private extension Array where Element == String {
    func uniquedSorted() -> [String] { Array(Set(self)).sorted() }
}
