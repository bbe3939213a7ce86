import GlueCore
import HotglueModels
import Testing

@Suite("x: unlink a connector")
struct ConnectorChangeUnlinkTests {
    typealias F = ChangeFixtures

    @Test("x asks for the connector id typed; a wrong answer sends nothing; the row goes when the API confirms")
    func happyPath() throws {
        var model = Fixtures.loaded()
        #expect(Fixtures.press(&model, .character("x")).isEmpty)
        let confirmation = try #require(F.confirmation(model))
        #expect(confirmation.answer == GlueCore.Confirmation.Answer.typed("salesforce"))
        #expect(confirmation.lines[0].contains("salesforce") && confirmation.lines[0].contains("acme"))

        Fixtures.type(&model, "hubspot")
        #expect(Fixtures.press(&model, .enter).isEmpty)
        #expect(F.confirmation(model)?.error == "'hubspot' is not salesforce: nothing was changed")

        _ = Fixtures.press(&model, .control("u"))
        Fixtures.type(&model, "salesforce")
        let effects = Fixtures.press(&model, .enter)
        #expect(effects == [.api(.connector(.unlink(F.ref)))])
        #expect(model.connectors.all.contains { $0.id == "salesforce" }, "not before the API answers")

        let after = update(&model, .connectorChange(.unlinked(F.ref, .success(()), journalProblem: nil,
                                                              at: Fixtures.at(20))))
        #expect(after == [.refreshNow([.connectors("acme")])])
        #expect(model.connectors.all.map(\.id) == ["hubspot", "quickbooks"])
        #expect(model.activity.notice == "unlinked salesforce from acme")
    }

    @Test("an API error keeps the row and says what happened")
    func apiError() {
        var model = Fixtures.loaded()
        _ = update(&model, .connectorChange(.unlinked(F.ref, .failure(Fixtures.error()), journalProblem: nil,
                                                      at: Fixtures.at(20))))
        #expect(model.connectors.all.count == 3)
        #expect(model.activity.notice == "unlink of salesforce@acme failed, it is still linked: \(Fixtures.error().message)")
    }

    @Test("Esc on the confirmation cancels; nothing selected and extra words are refused")
    func cancelAndRefusals() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("x"), .escape)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cancelled: nothing was changed")

        #expect(F.palette(&model, "unlink salesforce").isEmpty)
        #expect(model.activity.notice?.contains("'salesforce'") == true)
        #expect(model.overlay == nil)

        var empty = Fixtures.model()
        #expect(Fixtures.press(&empty, .character("x")).isEmpty)
        #expect(empty.activity.notice == "select a linked connector to unlink")
    }

    @Test("on a production profile the profile name is asked for too")
    func production() throws {
        var model = Fixtures.loaded()
        model.connection.production = true
        _ = Fixtures.press(&model, .character("x"))
        Fixtures.type(&model, "salesforce")
        #expect(Fixtures.press(&model, .enter).isEmpty)
        #expect(F.confirmation(model)?.answer == GlueCore.Confirmation.Answer.typed("demo"))
        Fixtures.type(&model, "demo")
        #expect(Fixtures.press(&model, .enter) == [.api(.connector(.unlink(F.ref)))])
    }
}

/// The same flow with every change to the model stated (`TestStore`): nothing else may change.
@Suite("x: unlink, whole-model")
struct ConnectorChangeUnlinkStoreTests {
    typealias F = ChangeFixtures

    @Test("x, the id typed, Enter, the API's answer: each step's whole change and effects")
    func unlinkStepByStep() throws {
        var store = TestStore(Fixtures.loaded())
        let question = Confirmation(
            title: "Unlink salesforce",
            lines: ["Unlink Salesforce (salesforce) from tenant acme.",
                    "Its config (credentials), state and schedule are removed at Hotglue; past jobs stay listed."],
            answer: .typed("salesforce"), request: .connector(.unlink(F.ref)),
            pendingNotice: "unlinking salesforce from acme…")
        store.press(.character("x")) { $0.overlay = .confirm(question) }
        var typed = question
        for character in "salesforce" {
            typed.input.text.append(character)
            typed.input.cursor += 1
            store.press(.character(character)) { [typed] in $0.overlay = .confirm(typed) }
        }
        store.press(.enter, effects: [.api(.connector(.unlink(F.ref)))]) {
            $0.overlay = nil
            $0.activity.notice = "unlinking salesforce from acme…"
        }
        store.send(.connectorChange(.unlinked(F.ref, .success(()), journalProblem: nil, at: Fixtures.at(20))),
                   effects: [.refreshNow([.connectors("acme")])]) {
            $0.now = Fixtures.at(20)
            $0.connectors.all.removeAll { $0.id == "salesforce" }
            $0.activity.notice = "unlinked salesforce from acme"
            // The selection moves on to the next row, and the discover and state panes follow it.
            let hubspot = ConnectorRef(tenant: "acme", connector: "hubspot")
            $0.discover.run = DiscoverRun(connector: hubspot)
            $0.state.reset(for: hubspot)
        }
    }
}
