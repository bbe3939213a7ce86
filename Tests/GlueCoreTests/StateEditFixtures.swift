import Foundation
import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// Models and documents for the state edit tests: acme's salesforce selected, its state loaded.
enum StateEditFixtures {
    static let ref = ConnectorRef(tenant: "acme", connector: "salesforce")

    /// Big integer and decimal bookmarks, whose text must survive an edit of another key byte for byte.
    static let stateText = """
        {"bookmarks": {"Account": {"replication_key": "SystemModstamp", "replication_key_value": "2026-05-01T00:00:00Z"},
         "Invoice": {"replication_key": "id", "replication_key_value": 12345678901234567890},
         "Payment": {"replication_key": "amount", "replication_key_value": 1.10}},
         "api_token": "tok-live-123"}
        """
    static var state: JSONValue { try! JSONValue.parse(stateText) }

    static let accountPath: JSONPath = ["bookmarks", "Account", "replication_key_value"]

    /// `state` with the Account bookmark moved to June.
    static var edited: JSONValue {
        var value = state
        try! value.setValue("2026-06-01T00:00:00Z", at: accountPath)
        return value
    }

    /// The editor's text of `state` with the Account bookmark changed the way a user would: in place.
    static var editedText: String {
        (state.pretty() + "\n").replacingOccurrences(of: "2026-05-01T00:00:00Z", with: "2026-06-01T00:00:00Z")
    }

    static func loaded(_ state: JSONValue? = state) -> Model {
        var model = Fixtures.loaded()
        _ = update(&model, .polled(.stateLoaded(ref, .success(state), at: Fixtures.at(4))))
        return model
    }

    /// `loaded`, with `e` pressed: returns the editor request.
    static func editing(_ model: inout Model) throws -> EditorRequest {
        let effects = Fixtures.press(&model, .character("e"))
        guard case .openEditor(let request)? = effects.first, effects.count == 1 else {
            try wrongCase(effects, expected: "[.openEditor]")
        }
        return request
    }

    /// `loaded`, edited (Account bookmark) and in the diff preview.
    static func previewing() throws -> Model {
        var model = loaded()
        let request = try editing(&model)
        _ = update(&model, .editorFinished(request, .edited(editedText)))
        return model
    }

    static var editWrite: StateWrite {
        StateWrite(ref: ref, kind: .edit, expected: .unchanged(state), target: edited)
    }

    static func overlay(_ model: Model) throws -> StateEditOverlay {
        guard case .stateEdit(let overlay) = model.overlay else { try wrongCase(model.overlay, expected: ".stateEdit") }
        return overlay
    }

    static func written(_ write: StateWrite, before: JSONValue?, after: JSONValue?) -> Msg {
        .stateChange(.finished(write, .written(before: before, after: after, readBackError: nil, journalError: nil),
                               at: Fixtures.at(10)))
    }
}

enum StateEditTestError: Error { case unexpected }
