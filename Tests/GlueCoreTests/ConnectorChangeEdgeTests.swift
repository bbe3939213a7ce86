import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

@Suite("Connector actions: failures after the editor, relinking, descriptions")
struct ConnectorChangeEdgeTests {
    typealias F = ChangeFixtures

    @Test("an update from $EDITOR that the API refuses reopens the editor with the user's text and the error")
    func editorUpdateRefused() throws {
        var model = Fixtures.loaded()
        _ = F.palette(&model, "update --editor")
        let opened = update(&model, .connectorChange(.configLoaded(F.ref, .editor, .success(F.config),
                                                                   at: Fixtures.at(10))))
        guard case .openEditor(let request) = try #require(opened.first) else {
            try wrongCase(opened.first, expected: ".openEditor")
        }
        let edited = request.text.replacingOccurrences(of: "5432", with: "7000")
        let sent = update(&model, .editorFinished(request, .edited(edited)))
        guard case .update(let ref, let change, let form) = try #require(F.connectorRequest(sent)) else {
            try wrongCase(F.connectorRequest(sent), expected: ".update")
        }
        let reopened = update(&model, .connectorChange(.updated(ref, change, reopen: form, .failure(Fixtures.error()),
                                                                journalProblem: nil, at: Fixtures.at(20))))
        guard case .openEditor(let again) = try #require(reopened.first) else {
            try wrongCase(reopened.first, expected: ".openEditor")
        }
        #expect(again.text == edited)
        #expect(again.header.first == "not saved: \(Fixtures.error().message)")
    }

    @Test("linking a connector already linked says in the preview that its config is replaced; the row is replaced")
    func relink() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("l"))
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(F.choices), at: Fixtures.at(10))))
        Fixtures.type(&model, "hubspot")
        _ = Fixtures.press(&model, .enter)
        Fixtures.type(&model, "a")
        _ = Fixtures.press(&model, .tab)
        Fixtures.type(&model, "r")
        _ = Fixtures.press(&model, .enter)
        let form = try #require(F.form(model))
        #expect(form.previewLines.last == "hubspot is already linked: linking again replaces its config.")
        let effects = Fixtures.press(&model, .enter)
        guard case .link(_, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".link")
        }
        _ = update(&model, .connectorChange(.linked("acme", request, reopen: reopen, .success(nil), journalProblem: nil,
                                                    at: Fixtures.at(20))))
        #expect(model.connectors.all.map(\.id) == ["salesforce", "hubspot", "quickbooks"])
        #expect(model.connectors.selected?.id == "hubspot")
        #expect(model.connectors.selected?.label == "HubSpot")
    }

    @Test("requests and forms describe themselves without the secrets typed into them")
    func descriptions() throws {
        var model = Fixtures.loaded()
        F.linkPreviewing(&model)
        let effects = Fixtures.press(&model, .enter)
        let request = try #require(F.connectorRequest(effects))
        #expect(request.description == "link stripe to acme (config keys: api_key)")
        guard case .link(_, _, let form) = request else { try wrongCase(request, expected: ".link") }
        #expect(!form.description.contains(F.secretValue))
        #expect(form.description.contains("api_key: \(SecretMasking.mask)"))
    }

    @Test("a result for a form no longer open is dropped; a late config answer opens nothing")
    func lateAnswers() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("u"), .escape)
        _ = update(&model, .connectorChange(.configLoaded(F.ref, .form, .success(F.config), at: Fixtures.at(10))))
        #expect(model.overlay == nil)
    }
}

@Suite("Connector actions on a production profile")
struct ConnectorActionProductionTests {
    typealias F = ChangeFixtures

    @Test("run job asks for the profile name; Esc goes back to the form with its values, nothing sent")
    func runJobCancelledAtTheProductionQuestion() throws {
        var model = Fixtures.loaded()
        model.connection.production = true
        _ = Fixtures.press(&model, .character("r"), .tab, .character(" "))
        #expect(Fixtures.press(&model, .enter).isEmpty)
        #expect(F.confirmation(model)?.answer == GlueCore.Confirmation.Answer.typed("demo"))
        #expect(Fixtures.press(&model, .escape).isEmpty)
        let form = try #require(F.form(model))
        #expect(form.field("reset_source_state")?.value == .toggle(true))
        #expect(model.activity.notice == "cancelled: nothing was changed (the form is as you left it)")

        _ = Fixtures.press(&model, .enter)
        Fixtures.type(&model, "demo")
        let effects = Fixtures.press(&model, .enter)
        guard case .runJob(_, let request, _) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".runJob")
        }
        #expect(request.resetSourceState == true)
    }

    @Test("link: Esc at the production question goes back to the preview")
    func linkCancelledAtTheProductionQuestion() throws {
        var model = Fixtures.loaded()
        model.connection.production = true
        F.linkFormOpen(&model)
        Fixtures.type(&model, "k")
        _ = Fixtures.press(&model, .enter, .enter)
        #expect(F.confirmation(model) != nil)
        _ = Fixtures.press(&model, .escape)
        #expect(F.form(model)?.stage == .previewing)
        #expect(F.form(model)?.fields[0].text == "k")
    }
}
