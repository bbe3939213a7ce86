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
