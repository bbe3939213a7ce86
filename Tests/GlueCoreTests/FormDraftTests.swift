import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

@Suite("Link and update forms keep what was typed as a draft")
struct FormDraftTests {
    typealias F = ChangeFixtures
    static let updateKey = FormDraft.Key(kind: .update, ref: F.ref)
    static let linkKey = FormDraft.Key(kind: .link, ref: ConnectorRef(tenant: "acme", connector: "stripe"))

    /// `u` on salesforce, the config arrives.
    func openUpdate(_ model: inout Model) {
        _ = Fixtures.press(&model, .character("u"))
        _ = update(&model, .connectorChange(.configLoaded(F.ref, .form, .success(F.config), at: Fixtures.at(10))))
    }

    /// `u`, then a new instance_url typed into the third field.
    func typedUpdate(_ model: inout Model) {
        openUpdate(&model)
        _ = Fixtures.press(&model, .tab, .tab, .control("u"))
        Fixtures.type(&model, "https://typed.example.com")
    }

    @Test("the first key typed makes a draft the runtime keeps on disk, before Esc or Enter")
    func draftFromFirstKey() {
        var model = Fixtures.loaded()
        openUpdate(&model)
        #expect(formDraftsToKeep(model).isEmpty, "nothing typed, no draft")
        _ = Fixtures.press(&model, .tab, .tab)
        Fixtures.type(&model, "x")
        let draft = formDraftsToKeep(model)[Self.updateKey]
        #expect(draft?.values == ["instance_url": .text("https://acme.my.salesforce.example.comx")])
    }

    @Test("Esc keeps the typing; u again fills it back in and says so; ctrl+x clears it")
    func escKeepsAndUResumes() throws {
        var model = Fixtures.loaded()
        typedUpdate(&model)
        _ = Fixtures.press(&model, .escape)
        #expect(model.overlay == nil)
        #expect(model.formDrafts[Self.updateKey]?.values == ["instance_url": .text("https://typed.example.com")])
        #expect(model.activity.notice == "cancelled: nothing was changed · what you typed is kept as a draft (u resumes it)")

        openUpdate(&model)
        var form = try #require(F.form(model))
        #expect(form.field("instance_url")?.text == "https://typed.example.com")
        #expect(form.resumedAt != nil)
        #expect(form.resumedAt == model.formDrafts[Self.updateKey]?.time)

        _ = Fixtures.press(&model, .control("x"))
        form = try #require(F.form(model))
        #expect(form.field("instance_url")?.text == "https://acme.my.salesforce.example.com")
        #expect(form.resumedAt == nil)
        #expect(model.formDrafts[Self.updateKey] == nil)
        #expect(formDraftsToKeep(model).isEmpty)
    }

    @Test("a sent update keeps its draft until the API confirms it; a failure keeps it and reopens the form")
    func keptUntilConfirmed() throws {
        var model = Fixtures.loaded()
        typedUpdate(&model)
        let effects = Fixtures.press(&model, .enter)
        guard case .update(let ref, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".update")
        }
        #expect(formDraftsToKeep(model)[Self.updateKey] != nil, "in flight: kept")

        _ = update(&model, .connectorChange(.updated(ref, request, reopen: reopen, .failure(Fixtures.error()),
                                                     journalProblem: nil, at: Fixtures.at(20))))
        #expect(F.form(model)?.field("instance_url")?.text == "https://typed.example.com")
        #expect(formDraftsToKeep(model)[Self.updateKey] != nil, "failed: kept")

        let again = Fixtures.press(&model, .enter)
        guard case .update(let ref2, let request2, let reopen2) = try #require(F.connectorRequest(again)) else {
            try wrongCase(F.connectorRequest(again), expected: ".update")
        }
        _ = update(&model, .connectorChange(.updated(ref2, request2, reopen: reopen2, .success(()),
                                                     journalProblem: nil, at: Fixtures.at(30))))
        #expect(model.formDrafts.isEmpty)
        #expect(formDraftsToKeep(model).isEmpty, "confirmed: the draft has done its work")
    }

    @Test("a typed secret is in the draft in memory, never in what is written to disk, which names it instead")
    func secretsNotWritten() throws {
        var model = Fixtures.loaded()
        openUpdate(&model)
        Fixtures.type(&model, "new_token_typed")
        _ = Fixtures.press(&model, .tab, .tab, .control("u"))
        Fixtures.type(&model, "https://typed.example.com")
        let draft = try #require(formDraftsToKeep(model)[Self.updateKey])
        #expect(draft.values["access_token"] == .secret("new_token_typed"))
        let onDisk = draft.withoutSecrets
        #expect(onDisk.values == ["instance_url": .text("https://typed.example.com")])
        #expect(onDisk.secretsToRetype == ["access_token"])
        #expect(!"\(onDisk)".contains("new_token_typed"))
    }

    @Test("a link draft comes back when the same connector is picked again")
    func linkResumes() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("l"))
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(F.choices), at: Fixtures.at(10))))
        Fixtures.type(&model, "stripe")
        _ = Fixtures.press(&model, .enter, .tab)
        Fixtures.type(&model, "acct-typed")
        _ = Fixtures.press(&model, .escape)
        #expect(model.formDrafts[Self.linkKey]?.values == ["account_id": .text("acct-typed")])

        // `:link stripe` picks it as soon as the choices arrive, and the typing is back.
        _ = F.palette(&model, "link stripe")
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(F.choices), at: Fixtures.at(40))))
        let form = try #require(F.form(model))
        #expect(form.field("account_id")?.text == "acct-typed")
        #expect(form.resumedAt != nil)
    }

    @Test("a form draft found at start is listed; enter opens its form, d throws it away")
    func recoveredFormDraft() throws {
        var model = Fixtures.loaded()
        let found = FormDraft(key: Self.updateKey, values: ["instance_url": .text("https://typed.example.com")],
                              secretsToRetype: ["access_token"], time: Fixtures.at(5))
        _ = update(&model, .recoveryFound(RecoveryFindings(formDrafts: [found])))
        guard case .recovery(let overlay) = model.overlay else {
            try wrongCase(model.overlay, expected: ".recovery")
        }
        #expect(overlay.items == [.formDraft(found)])
        let effects = Fixtures.press(&model, .enter)
        #expect(effects == [.api(.connector(.loadConfig(F.ref, .form)))])
        _ = update(&model, .connectorChange(.configLoaded(F.ref, .form, .success(F.config), at: Fixtures.at(10))))
        let form = try #require(F.form(model))
        #expect(form.field("instance_url")?.text == "https://typed.example.com")
        #expect(form.secretsToRetype == ["access_token"])
        #expect(form.resumedAt == Fixtures.at(5))

        var other = Fixtures.loaded()
        _ = update(&other, .recoveryFound(RecoveryFindings(formDrafts: [found])))
        _ = Fixtures.press(&other, .character("d"))
        #expect(other.overlay == nil)
        #expect(other.formDrafts.isEmpty)
        #expect(formDraftsToKeep(other).isEmpty)
    }

    @Test("selecting a connector that has a draft says which key resumes it")
    func offerOnSelect() throws {
        var model = Fixtures.loaded()
        typedUpdate(&model)
        _ = Fixtures.press(&model, .escape)
        let selected = try #require(model.connectors.selectedRef)
        // Move away and back: the offer comes with the selection.
        model.focus = .connectors
        _ = Fixtures.press(&model, .character("j"))
        #expect(model.connectors.selectedRef != selected)
        _ = Fixtures.press(&model, .character("k"))
        #expect(model.connectors.selectedRef == selected)
        #expect(model.activity.notice == "a draft of salesforce@acme is kept: u resumes your config update")
    }
}
