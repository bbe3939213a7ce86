import GlueCore
import HotglueModels
import TestSupport
import Testing

@Suite("Confirmations and the production step before every write")
struct ConfirmationTests {
    let ref = ConnectorRef(tenant: "acme", connector: "salesforce")

    private func production(_ model: Model) -> Model {
        var model = model
        model.connection.profile = "prod"
        model.connection.production = true
        return model
    }

    @Test("on a production profile, d asks for the profile name before anything is sent")
    func productionAsksFirst() throws {
        var model = production(Fixtures.loaded())
        #expect(Fixtures.press(&model, .tab, .character("d")).isEmpty)
        guard case .confirm(let question) = model.overlay else { try wrongCase(model.overlay, expected: ".confirm") }
        #expect(question.title == "PRODUCTION · prod")
        #expect(question.answer == .typed("prod"))
        #expect(question.lines.first?.contains("demo.hg.example.com") == true)
        Fixtures.type(&model, "prod")
        #expect(Fixtures.press(&model, .enter) == [.api(.triggerDiscover(ref))])
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "starting discovery of salesforce@acme…")
    }

    @Test("a wrong typed answer sends nothing, says why and keeps the dialog; Esc cancels")
    func wrongAnswer() throws {
        var model = production(Fixtures.loaded())
        _ = Fixtures.press(&model, .tab, .character("d"))
        Fixtures.type(&model, "staging")
        #expect(Fixtures.press(&model, .enter).isEmpty)
        guard case .confirm(let question) = model.overlay else { try wrongCase(model.overlay, expected: ".confirm") }
        #expect(question.error == "'staging' is not prod: nothing was changed")
        #expect(Fixtures.press(&model, .escape).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cancelled: nothing was changed")
    }

    @Test("an action's own yes/no question comes first, then the production one")
    func ownQuestionThenProduction() throws {
        var model = production(Fixtures.loaded())
        let own = Confirmation(title: "Unlink", lines: ["Unlink salesforce from acme?"], answer: .yesNo,
                               request: .triggerDiscover(ref), pendingNotice: "unlinking…")
        model.overlay = .confirm(own)
        #expect(Fixtures.press(&model, .character("y")).isEmpty)
        guard case .confirm(let second) = model.overlay else { try wrongCase(model.overlay, expected: ".confirm") }
        #expect(second.productionConfirmed)
        Fixtures.type(&model, "prod")
        #expect(Fixtures.press(&model, .enter) == [.api(.triggerDiscover(ref))])
    }

    @Test("off production, yes sends at once; n cancels and the list under the dialog did not move")
    func yesNo() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .tab, .character("j"))
        let selectedBefore = model.connectors.list.selected
        let question = Confirmation(title: "Q", lines: ["sure?"], answer: .yesNo, request: .triggerDiscover(ref),
                                    pendingNotice: "going…")
        model.overlay = .confirm(question)
        #expect(Fixtures.press(&model, .character("j"), .character("k")).isEmpty)
        #expect(model.connectors.list.selected == selectedBefore)
        #expect(Fixtures.press(&model, .character("n")).isEmpty)
        #expect(model.overlay == nil)
        model.overlay = .confirm(question)
        #expect(Fixtures.press(&model, .character("y")) == [.api(.triggerDiscover(ref))])
        #expect(model.activity.notice == "going…")
    }
}
