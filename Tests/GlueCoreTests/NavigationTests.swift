import GlueCore
import HotglueModels
import Testing

@Suite("Navigation, focus and zoom")
struct NavigationTests {
    @Test("tenants load sorted naturally; the first is selected and drives connectors and jobs")
    func firstLoad() {
        var model = Fixtures.model()
        #expect(subscriptions(model) == [.tenants])
        _ = update(&model, .polled(.tenantsLoaded(.success(Fixtures.tenants), at: Fixtures.at(1))))
        #expect(model.tenants.all.map(\.rawValue) == ["acme", "acme_eu", "default", "globex", "initech", "umbrella"])
        #expect(model.tenants.selected == "acme")
        #expect(model.connectors.tenant == "acme")
        #expect(model.jobs.tenant == "acme")
        // The pulse checks the first tenant not on screen: acme's jobs come from the jobs pane's own polls.
        #expect(subscriptions(model) == [.tenants, .connectors("acme"), .jobs("acme"), Fixtures.pulseCheck("acme_eu")])
    }

    @Test("moving to another tenant resets its panes and moves the pollers")
    func moveTenant() {
        var model = Fixtures.loaded()
        let ref = ConnectorRef(tenant: "acme", connector: "salesforce")
        #expect(subscriptions(model).isSuperset(of: [.connectors("acme"), .state(ref), .discover(ref)]))
        _ = Fixtures.press(&model, .character("j"), .character("j"))
        #expect(model.tenants.selected == "default")
        #expect(model.connectors.tenant == "default")
        #expect(model.connectors.all.isEmpty)
        #expect(model.jobs.all.isEmpty)
        #expect(model.state.connector == nil)
        let subs = subscriptions(model)
        #expect(subs == [.tenants, .connectors("default"), .jobs("default"), Fixtures.pulseCheck("acme_eu")])
        #expect(!subs.contains(.state(ref)))
    }

    @Test("a late answer for a tenant no longer selected is dropped")
    func lateAnswerDropped() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .down)
        _ = update(&model, .polled(.connectorsLoaded("acme", .success([Fixtures.connector("late")]), at: Fixtures.at(9))))
        #expect(model.connectors.all.isEmpty)
        #expect(model.connectors.tenant == "acme_eu")
    }

    @Test("j/k, g/G and paging stay inside the list")
    func listBounds() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("k"), .character("k"))
        #expect(model.tenants.list.selected == 0)
        _ = Fixtures.press(&model, .character("G"))
        #expect(model.tenants.selected == "umbrella")
        _ = Fixtures.press(&model, .character("j"))
        #expect(model.tenants.selected == "umbrella")
        _ = Fixtures.press(&model, .pageUp)
        #expect(model.tenants.list.selected == 0)
        _ = Fixtures.press(&model, .end, .home)
        #expect(model.tenants.selected == "acme")
    }

    @Test("selection scrolls the list window with it")
    func scrolling() {
        var model = Fixtures.model(width: 80, height: 24)
        let many = (1...100).map { TenantID("tenant\($0)") }
        _ = update(&model, .polled(.tenantsLoaded(.success(many), at: Fixtures.at(1))))
        let rows = ScreenLayout(size: model.size, zoomed: nil).listRows(.tenants)
        for _ in 0..<rows { _ = Fixtures.press(&model, .character("j")) }
        #expect(model.tenants.list.selected == rows)
        #expect(model.tenants.list.offset == 1)
        _ = Fixtures.press(&model, .pageDown)
        #expect(model.tenants.list.selected == rows * 2)
        #expect(model.tenants.selected == TenantID("tenant\(rows * 2 + 1)"), "natural order: tenant2 before tenant10")
    }

    @Test("Tab, Shift-Tab and 1–5 move focus; j then moves in the focused pane")
    func focus() {
        var model = Fixtures.loaded()
        #expect(model.focus == .tenants)
        _ = Fixtures.press(&model, .tab)
        #expect(model.focus == .connectors)
        _ = Fixtures.press(&model, .character("j"))
        #expect(model.connectors.selected?.id == "hubspot")
        #expect(model.tenants.selected == "acme")
        #expect(model.state.connector == ConnectorRef(tenant: "acme", connector: "hubspot"))
        _ = Fixtures.press(&model, .backTab, .backTab)
        #expect(model.focus == .jobs)
        _ = Fixtures.press(&model, .character("4"))
        #expect(model.focus == .state)
        _ = Fixtures.press(&model, .character("1"))
        #expect(model.focus == .tenants)
    }

    @Test("Enter zooms the focused pane, focus keys move the zoom, Esc backs out")
    func zoom() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("5"), .enter)
        #expect(model.zoomed == .jobs)
        #expect(ScreenLayout(size: model.size, zoomed: model.zoomed).panes.keys.sorted { $0.rawValue < $1.rawValue } == [.jobs])
        _ = Fixtures.press(&model, .character("4"))
        #expect(model.zoomed == .state)
        _ = Fixtures.press(&model, .escape)
        #expect(model.zoomed == nil)
        _ = Fixtures.press(&model, .enter, .enter)
        #expect(model.zoomed == nil)
    }

    @Test("resize keeps the selection visible")
    func resize() {
        var model = Fixtures.model()
        _ = update(&model, .polled(.tenantsLoaded(.success((1...100).map { TenantID("t\($0)") }), at: Fixtures.at(1))))
        _ = Fixtures.press(&model, .character("G"))
        let effects = update(&model, .resized(Size(width: 80, height: 24)))
        #expect(effects.isEmpty)
        let rows = ScreenLayout(size: model.size, zoomed: nil).listRows(.tenants)
        #expect(model.tenants.list.offset == 100 - rows)
    }

    @Test("q and Ctrl-C quit, also from an overlay; quitting stops every poller")
    func quit() {
        var model = Fixtures.loaded()
        #expect(Fixtures.press(&model, .character("q")) == [.quit])
        #expect(subscriptions(model).isEmpty)
        var other = Fixtures.loaded()
        _ = Fixtures.press(&other, .character(":"))
        #expect(Fixtures.press(&other, .control("c")) == [.quit])
        var third = Fixtures.loaded()
        #expect(Fixtures.press(&third, .control("z")) == [.suspendToShell])
        #expect(Fixtures.press(&third, .control("l")) == [.redrawAll])
    }
}
