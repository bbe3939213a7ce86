import GlueCore
import HotglueModels
import Testing

@Suite("Filter, palette and help")
struct FilterAndPaletteTests {
    @Test("/ filters the tenants live; Enter keeps the filter, Esc then clears it")
    func filterTenants() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("/"))
        #expect(model.overlay == .filter(.tenants, TextInput("")))
        Fixtures.type(&model, "GLO")
        #expect(model.tenants.visible == ["globex"])
        #expect(model.tenants.selected == "globex")
        #expect(model.connectors.tenant == "globex")
        _ = Fixtures.press(&model, .enter)
        #expect(model.overlay == nil)
        #expect(model.tenants.list.filter == "GLO")
        _ = Fixtures.press(&model, .character("j"))
        #expect(model.tenants.selected == "globex")
        _ = Fixtures.press(&model, .escape)
        #expect(model.tenants.list.filter.isEmpty)
        #expect(model.tenants.visible.count == 6)
    }

    @Test("Esc in the filter drops what was typed; Backspace edits")
    func filterEscape() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("/"))
        Fixtures.type(&model, "acmx")
        #expect(model.tenants.visible.isEmpty)
        #expect(model.connectors.tenant == nil)
        #expect(subscriptions(model) == [.tenants, Fixtures.pulseCheck("acme_eu")])
        _ = Fixtures.press(&model, .backspace)
        #expect(model.tenants.visible == ["acme", "acme_eu"])
        _ = Fixtures.press(&model, .escape)
        #expect(model.overlay == nil)
        #expect(model.tenants.visible.count == 6)
    }

    @Test("connectors filter by id, label or type")
    func filterConnectors() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .tab, .character("/"))
        Fixtures.type(&model, "spot")
        #expect(model.connectors.visible.map(\.id) == ["hubspot"])
        #expect(model.state.connector?.connector == "hubspot")
    }

    @Test(":tenant selects a tenant by id or prefix and focuses its connectors")
    func tenantCommand() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character(":"))
        Fixtures.type(&model, "tenant init")
        _ = Fixtures.press(&model, .enter)
        #expect(model.tenants.selected == "initech")
        #expect(model.focus == .connectors)
        _ = Fixtures.press(&model, .character(":"))
        Fixtures.type(&model, "tenant nobody")
        _ = Fixtures.press(&model, .enter)
        #expect(model.tenants.selected == "initech")
        #expect(model.activity.notice == "no tenant 'nobody' in demo.hg.example.com")
    }

    @Test("Tab completes command names")
    func completion() {
        #expect(PaletteCommand.complete("te") == "tenant ")
        #expect(PaletteCommand.complete("t") == "t")
        #expect(PaletteCommand.complete("th") == "theme ")
        #expect(PaletteCommand.complete("tenant ac") == "tenant ac")
        var model = Fixtures.loaded()
        // "j" is shared by jobs and journal: Tab completes the common part, then "b" picks jobs.
        _ = Fixtures.press(&model, .character(":"), .character("j"), .tab)
        #expect(model.overlay == .palette(TextInput("jo")))
        _ = Fixtures.press(&model, .character("b"), .tab)
        #expect(model.overlay == .palette(TextInput("jobs ")))
    }

    @Test("palette commands parse, and bad ones say what is wrong")
    func parsing() {
        #expect(PaletteCommand.parse("jobs failed") == .success(.jobs(.failed)))
        #expect(PaletteCommand.parse("  theme   mono ") == .success(.theme("mono")))
        #expect(PaletteCommand.parse("jobs broken") ==
            .failure(.badArgument(command: "jobs", argument: "broken", expected: "all, failed, running or completed")))
        #expect(PaletteCommand.parse("tenant") == .failure(.missingArgument(command: "tenant", expected: "a tenant id")))
        #expect(PaletteCommand.parse("frobnicate") == .failure(.unknown("frobnicate")))
        #expect(PaletteCommand.parse("") == .failure(.empty))
    }

    @Test(":jobs failed filters the jobs pane; :theme switches to a known theme only")
    func jobsAndTheme() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character(":"))
        Fixtures.type(&model, "jobs failed")
        _ = Fixtures.press(&model, .enter)
        #expect(model.jobs.visible.map(\.id) == ["a1b2c3"])
        #expect(model.focus == .jobs)
        _ = Fixtures.press(&model, .character(":"))
        Fixtures.type(&model, "theme mono")
        _ = Fixtures.press(&model, .enter)
        #expect(model.themeName == "mono")
        _ = Fixtures.press(&model, .character(":"))
        Fixtures.type(&model, "theme neon")
        _ = Fixtures.press(&model, .enter)
        #expect(model.themeName == "mono")
        #expect(model.activity.notice == "no theme 'neon' — themes: default, mono")
    }

    @Test("? opens help and Esc closes it; keys do not reach the panes meanwhile")
    func help() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("?"))
        #expect(model.overlay == .help)
        _ = Fixtures.press(&model, .character("j"))
        #expect(model.tenants.selected == "acme")
        _ = Fixtures.press(&model, .escape)
        #expect(model.overlay == nil)
    }

    @Test("R refreshes everything currently subscribed")
    func refresh() {
        var model = Fixtures.loaded()
        let effects = Fixtures.press(&model, .character("R"))
        #expect(effects == [.refreshNow(subscriptions(model))])
    }

    @Test("text input edits: insert, cursor moves, delete word, kill line")
    func textInput() {
        var input = TextInput("hello world")
        _ = input.apply(.control("w"))
        #expect(input.text == "hello ")
        _ = input.apply(.home)
        _ = input.apply(.character(">"))
        #expect(input.text == ">hello ")
        _ = input.apply(.end)
        _ = input.apply(.left)
        _ = input.apply(.control("u"))
        #expect(input.text == " ")
        #expect(input.cursor == 0)
        #expect(input.apply(.function(2)) == false)
    }
}
