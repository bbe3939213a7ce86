import GlueCore
import HotglueModels
import Testing

/// What the panes do for themselves (`Panes/*+Update.swift`), seen through `update` with every change stated.
@Suite("Panes, whole-model")
struct PaneUpdateStoreTests {
    @Test("another tenant: its connectors and jobs are read anew; the filters typed, follow and wrap are kept")
    func tenantSwitchKeepsTheView() {
        var model = Fixtures.loaded()
        model.focus = .tenants
        model.connectors.list.filter = "sa"
        model.jobs.filter = .failed
        model.jobs.log.wrap = true
        model.jobs.log.follow = false
        var store = TestStore(model)
        store.press(.character("j")) {
            $0.tenants.list.selected = 1
            var connectors = ConnectorsPane()
            connectors.tenant = "acme_eu"
            connectors.list.filter = "sa"
            $0.connectors = connectors
            var jobs = JobsPane()
            jobs.tenant = "acme_eu"
            jobs.filter = .failed
            jobs.log.wrap = true
            jobs.log.follow = false
            $0.jobs = jobs
            $0.discover = DiscoverPane()
            $0.state.reset(for: nil)
        }
    }

    @Test("Esc in the jobs pane clears the log search first, and only then leaves the zoom")
    func escapeClearsTheSearchBeforeTheZoom() {
        var model = Fixtures.loaded()
        model.focus = .jobs
        model.zoomed = .jobs
        model.jobs.log.search = "error"
        model.jobs.log.searchMatch = 3
        var store = TestStore(model)
        store.press(.escape) {
            $0.jobs.log.search = ""
            $0.jobs.log.searchMatch = nil
        }
        store.press(.escape) { $0.zoomed = nil }
    }

    @Test("f pauses and resumes following the log, saying so; w wraps")
    func followAndWrap() {
        var model = Fixtures.loaded()
        model.focus = .jobs
        var store = TestStore(model)
        store.press(.character("f")) {
            $0.jobs.log.follow = false
            $0.activity.notice = "log paused"
        }
        store.press(.character("f")) {
            $0.jobs.log.follow = true
            $0.activity.notice = "following the log"
        }
        store.press(.character("w")) {
            $0.jobs.log.wrap = true
            $0.activity.notice = nil
        }
    }
}
