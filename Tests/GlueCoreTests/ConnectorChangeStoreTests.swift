import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// Link, update and run job with every change to the model stated (`TestStore`), from the form filled in to the
/// API's answer: the step that sends and the step that shows the answer may change nothing else.
@Suite("l, u, r: connector changes, whole-model")
struct ConnectorChangeStoreTests {
    typealias F = ChangeFixtures

    @Test("l: Enter on the preview sends the link; the answer puts the connector in the list, selected")
    func linkSentAndAnswered() throws {
        var model = Fixtures.loaded()
        F.linkPreviewing(&model)
        let form = try #require(F.form(model))
        #expect(form.stage == .previewing)

        var store = TestStore(model)
        let request = LinkConnectorRequest(connector: "stripe", config: ["api_key": JSONValue(F.secretValue)])
        // Sent from the preview; a failure reopens the form where the values are typed.
        var reopen = form
        reopen.stage = .editing
        let draft = try #require(FormDraft(of: form, at: model.now))
        store.press(.enter, effects: [.api(.connector(.link("acme", request, reopen: reopen)))]) {
            $0.overlay = nil
            $0.activity.notice = "linking stripe to acme…"
            $0.formDrafts[draft.key] = draft
        }
        let answer = try LinkedConnector(json: ["id": "stripe", "label": "Stripe", "type": "api",
                                                "config": ["api_key": JSONValue(F.secretValue)]])
        store.send(.connectorChange(.linked("acme", request, reopen: reopen, .success(answer), journalProblem: nil,
                                            at: Fixtures.at(20))),
                   effects: [.refreshNow([.connectors("acme")])]) {
            $0.now = Fixtures.at(20)
            $0.connectors.all.append(try! LinkedConnector(json: ["id": "stripe", "label": "Stripe", "type": "api"]))
            $0.connectors.list.selected = 3
            $0.formDrafts[draft.key] = nil
            $0.activity.notice = "linked stripe to acme"
            let stripe = ConnectorRef(tenant: "acme", connector: "stripe")
            $0.discover.run = DiscoverRun(connector: stripe)
            $0.state.reset(for: stripe)
        }
    }

    @Test("u: Enter sends only the changed keys; the answer says which were updated")
    func updateSentAndAnswered() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("u"))
        _ = update(&model, .connectorChange(.configLoaded(F.ref, .form, .success(F.config), at: Fixtures.at(10))))
        _ = Fixtures.press(&model, .tab, .tab, .control("u"))
        Fixtures.type(&model, "https://new.example.com")
        let form = try #require(F.form(model))

        var store = TestStore(model)
        let request = UpdateConnectorRequest(connector: "salesforce",
                                             config: ["instance_url": "https://new.example.com"])
        let draft = try #require(FormDraft(of: form, at: model.now))
        store.press(.enter, effects: [.api(.connector(.update(F.ref, request, reopen: form)))]) {
            $0.overlay = nil
            $0.activity.notice = "updating salesforce@acme: instance_url…"
            $0.formDrafts[draft.key] = draft
        }
        store.send(.connectorChange(.updated(F.ref, request, reopen: form, .success(()), journalProblem: nil,
                                             at: Fixtures.at(20)))) {
            $0.now = Fixtures.at(20)
            $0.formDrafts[draft.key] = nil
            $0.activity.notice = "updated salesforce@acme: instance_url"
        }
    }

    @Test("r: Enter starts the job; the answer shows it at once, selected and followed, the filter opened up")
    func runJobSentAndAnswered() throws {
        var model = Fixtures.loaded()
        model.jobs.filter = .failed
        _ = Fixtures.press(&model, .character("r"))
        let form = try #require(F.form(model))

        var store = TestStore(model)
        let request = RunJobRequest(connector: "salesforce", jobType: .read)
        store.press(.enter, effects: [.api(.connector(.runJob(F.ref, request, reopen: form)))]) {
            $0.overlay = nil
            $0.activity.notice = "starting a read job of salesforce@acme…"
        }
        let job = F.job("n3wJ0b")
        store.send(.connectorChange(.jobStarted(F.ref, request, reopen: form, .success(job), journalProblem: nil,
                                                at: Fixtures.at(30))),
                   effects: [.refreshNow([.jobs("acme")])]) {
            $0.now = Fixtures.at(30)
            $0.jobs.all.insert(job, at: 0)
            $0.jobs.filter = .all
            $0.jobs.list.selected = 0
            $0.jobs.log.reset(for: job.jobRoot)
            $0.activity.notice = "read job n3wJ0b of salesforce@acme started"
        }
    }
}
