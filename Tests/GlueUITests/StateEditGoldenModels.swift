import Foundation
import GlueCore
import HotglueModels
import LosslessJSON

/// Models for the state edit overlay's golden frames, built through `update` as the running app builds them:
/// the dashboard fixture, `e`, the editor coming back with an edit, then the preview or a conflict.
enum StateEditGoldenModels {
    /// The fixture state with the Account bookmark moved, Opportunity's bookmark dropped, a Lead bookmark added
    /// and the OAuth access token replaced (a secret: masked in the diff).
    static var editedText: String {
        var state = FixtureData.state
        try! state.setValue("2024-05-05T00:00:00.000000Z", at: ["bookmarks", "Account", "replication_key_value"])
        try! state.removeValue(at: ["bookmarks", "Opportunity"])
        try! state.setValue(["replication_key": "LastModifiedDate", "replication_key_value": "2024-05-01T00:00:00Z"],
                            at: ["bookmarks", "Lead"])
        try! state.setValue("00Dxx0000001gEREAY!NEWTOKEN", at: ["oauth", "access_token"])
        return state.pretty() + "\n"
    }

    /// What a job changed meanwhile: Contact's bookmark moved on and `currently_syncing` was set.
    static var currentAtHotglue: JSONValue {
        var state = FixtureData.state
        try! state.setValue("2024-05-04T12:03:30.000000Z", at: ["bookmarks", "Contact", "replication_key_value"])
        try! state.setValue("Contact", at: ["currently_syncing"])
        return state
    }

    static func preview(_ size: Size) -> Model {
        var model = Fixtures.dashboard(size)
        let effects = update(&model, .key(.character("e")))
        guard case .openEditor(let request)? = effects.first else { fatalError("e did not open the editor: \(effects)") }
        _ = update(&model, .editorFinished(request, .edited(editedText)))
        return model
    }

    static func conflict(_ size: Size) -> Model {
        var model = preview(size)
        guard case .stateEdit(let overlay) = model.overlay else { fatalError("no preview") }
        _ = update(&model, .key(.character("y")))
        _ = update(&model, .stateChange(.finished(overlay.write, .conflict(current: currentAtHotglue, journalError: nil),
                                                  at: FixtureData.now)))
        return model
    }

    static func undoPreview(_ size: Size) -> Model {
        var model = preview(size)
        guard case .stateEdit(let overlay) = model.overlay else { fatalError("no preview") }
        _ = update(&model, .key(.character("y")))
        _ = update(&model, .stateChange(.finished(overlay.write, .written(before: FixtureData.state,
                                                                          after: overlay.write.target,
                                                                          readBackError: nil, journalError: nil),
                                                  at: FixtureData.now)))
        _ = update(&model, .key(.character("z")))
        return model
    }
}
