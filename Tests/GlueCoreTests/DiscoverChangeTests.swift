import GlueCore
import HotglueModels
import Testing

@Suite("d: discover the selected connector")
struct DiscoverChangeTests {
    let ref = ConnectorRef(tenant: "acme", connector: "salesforce")

    @Test("d asks the API to start discovery; the pane follows the run once it is accepted")
    func happyPath() {
        var model = Fixtures.loaded()
        _ = update(&model, .polled(.discoverPolled(ref, .success(.succeeded), at: Fixtures.at(5))))
        #expect(Fixtures.press(&model, .tab, .character("d")) == [.api(.triggerDiscover(ref))])
        #expect(model.activity.notice == "starting discovery of salesforce@acme…")
        _ = update(&model, .discoverTriggered(ref, .success(.running), at: Fixtures.at(6)))
        #expect(model.discover.run?.isRunning == true)
        #expect(model.discover.run?.runningSince == Fixtures.at(6))
        #expect(subscriptions(model).isSuperset(of: [.discover(ref), .clock]))
        #expect(!subscriptions(model).contains(.catalog(ref)))
    }

    @Test("d while the connector's discovery runs does nothing and says so")
    func alreadyRunning() {
        var model = Fixtures.loaded()
        _ = update(&model, .polled(.discoverPolled(ref, .success(.running), at: Fixtures.at(5))))
        #expect(Fixtures.press(&model, .character("d")).isEmpty)
        #expect(model.activity.notice == "discovery of salesforce@acme is already running")
    }

    @Test("read-only: d changes nothing and says why")
    func readOnly() {
        var model = Fixtures.loaded()
        model.connection.readOnly = true
        #expect(Fixtures.press(&model, .character("d")).isEmpty)
        #expect(model.activity.notice?.hasPrefix("read-only") == true)
    }

    @Test("no connector selected: nothing to discover")
    func nothingSelected() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("G"))
        #expect(model.connectors.selectedRef == nil)
        #expect(Fixtures.press(&model, .character("d")).isEmpty)
        #expect(model.activity.notice == "select a linked connector to discover")
    }

    @Test("a refused trigger leaves the pane as it was and says what happened")
    func refused() {
        var model = Fixtures.loaded()
        _ = update(&model, .polled(.discoverPolled(ref, .success(.succeeded), at: Fixtures.at(5))))
        let before = model.discover
        let error = APIError(category: .forbidden, summary: "refused (403) by demo.hg.example.com", hint: "the key may not start discovery")
        _ = update(&model, .discoverTriggered(ref, .failure(error), at: Fixtures.at(6)))
        #expect(model.discover == before)
        #expect(model.activity.notice == "discovery of salesforce@acme not started: refused (403) by demo.hg.example.com: the key may not start discovery")
        #expect(model.activity.lastError == error.message)
    }
}

/// Discovery with every change to the model stated (`TestStore`).
@Suite("d: discover, whole-model")
struct DiscoverChangeStoreTests {
    let ref = ConnectorRef(tenant: "acme", connector: "salesforce")

    @Test("the last run's status, Tab, d, the API's acceptance, a poll that sees it finish")
    func discoverStepByStep() {
        var store = TestStore(Fixtures.loaded())
        store.send(.polled(.discoverPolled(ref, .success(.succeeded), at: Fixtures.at(5)))) {
            $0.now = Fixtures.at(5)
            $0.discover.run?.status = .succeeded
            $0.discover.run?.load.succeeded(at: Fixtures.at(5))
        }
        store.press(.tab) { $0.focus = .connectors }
        store.press(.character("d"), effects: [.api(.triggerDiscover(ref))]) {
            $0.activity.notice = "starting discovery of salesforce@acme…"
        }
        store.send(.discoverTriggered(ref, .success(.running), at: Fixtures.at(6))) {
            $0.now = Fixtures.at(6)
            $0.discover.run?.status = .running
            $0.discover.run?.runningSince = Fixtures.at(6)
            $0.activity.notice = "discovery of salesforce@acme started"
        }
        store.send(.polled(.discoverPolled(ref, .success(.succeeded), at: Fixtures.at(9))),
                   effects: [.refreshNow([.catalog(ref)])]) {
            $0.now = Fixtures.at(9)
            $0.discover.run?.status = .succeeded
            $0.discover.run?.load.succeeded(at: Fixtures.at(9))
            $0.discover.run?.finishedAt = Fixtures.at(9)
        }
    }
}
