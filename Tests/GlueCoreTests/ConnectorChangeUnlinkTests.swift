import GlueCore
import HotglueModels
import Testing

@Suite("x: unlink a connector")
struct ConnectorActionUnlinkTests {
    typealias F = ActionFixtures

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
