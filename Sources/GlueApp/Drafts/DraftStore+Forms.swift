import Foundation
import Glibc
import GlueCore
import HotglueModels
import LosslessJSON

/// Link and update drafts on disk: `link~…json` and `update~…json` beside the state drafts, the fields typed by
/// key. Secret fields are never written: the file names them, and the form asks for them again.
extension DraftStore {
    public func path(of key: FormDraft.Key, envID: String, flowID: String) -> String {
        path(kind: key.kind.rawValue, envID: envID, flowID: flowID, ref: key.ref)
    }

    public func save(_ draft: FormDraft, envID: String, flowID: String, at time: Date) throws {
        let kept = draft.withoutSecrets
        var object = header(envID: envID, flowID: flowID, ref: draft.key.ref, at: time)
        var values = JSONObject()
        for (key, value) in kept.values.sorted(by: { $0.key < $1.key }) {
            values[key] = Self.json(value)
        }
        object["values"] = .object(values)
        object["retype"] = .array(kept.secretsToRetype.map { JSONValue($0) })
        try write(object, to: path(of: draft.key, envID: envID, flowID: flowID))
    }

    public func remove(_ key: FormDraft.Key, envID: String, flowID: String) {
        unlink(path(of: key, envID: envID, flowID: flowID))
    }

    /// Every link and update draft of this environment and flow.
    public func loadForms(envID: String, flowID: String) -> [FormDraft] {
        var found: [FormDraft] = []
        for kind in FormDraft.Kind.allCases {
            for (object, ref, saved, _) in files(kind: kind.rawValue, envID: envID, flowID: flowID) {
                guard let values = object["values"]?.objectValue else { continue }
                var typed: [String: FormDraft.Value] = [:]
                for (key, value) in values {
                    if let value = Self.value(value) { typed[key] = value }
                }
                let retype = object["retype"]?.arrayValue?.compactMap(\.stringValue) ?? []
                guard !typed.isEmpty || !retype.isEmpty else { continue }
                found.append(FormDraft(key: FormDraft.Key(kind: kind, ref: ref), values: typed,
                                       secretsToRetype: retype, time: saved))
            }
        }
        return found
    }

    private static func json(_ value: FormDraft.Value) -> JSONValue {
        var object = JSONObject()
        switch value {
        case .text(let text): object["text"] = JSONValue(text)
        case .secret: break
        case .choice(let option): object["choice"] = JSONValue(option)
        case .toggle(let on): object["toggle"] = .bool(on)
        case .items(let items): object["items"] = .array(items.map { JSONValue($0) })
        }
        return .object(object)
    }

    private static func value(_ json: JSONValue) -> FormDraft.Value? {
        guard let object = json.objectValue else { return nil }
        if let text = object["text"]?.stringValue { return .text(text) }
        if let option = object["choice"]?.stringValue { return .choice(option) }
        if case .bool(let on)? = object["toggle"] { return .toggle(on) }
        if let items = object["items"]?.arrayValue { return .items(items.compactMap(\.stringValue)) }
        return nil
    }
}
