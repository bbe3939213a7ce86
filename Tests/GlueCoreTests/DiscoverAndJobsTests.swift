import GlueCore
import HotglueModels
import LosslessJSON
import Testing

@Suite("Discover and jobs")
struct DiscoverAndJobsTests {
    let ref = ConnectorRef(tenant: "acme", connector: "salesforce")

    @Test("a running discovery is polled with a clock; when it ends the catalog is read again")
    func discoverLifecycle() throws {
        var model = Fixtures.loaded()
        #expect(subscriptions(model).contains(.discover(ref)))
        _ = update(&model, .polled(.discoverPolled(ref, .success(.running), at: Fixtures.at(10))))
        #expect(model.discover.run?.runningSince == Fixtures.at(10))
        #expect(subscriptions(model).isSuperset(of: [.discover(ref), .clock]))
        _ = update(&model, .polled(.discoverPolled(ref, .success(.running), at: Fixtures.at(12))))
        #expect(model.discover.run?.runningSince == Fixtures.at(10))
        let effects = update(&model, .polled(.discoverPolled(ref, .success(.succeeded), at: Fixtures.at(14))))
        #expect(effects == [.refreshNow([.catalog(ref)])])
        #expect(model.discover.run?.finishedAt == Fixtures.at(14))
        let subs = subscriptions(model)
        #expect(subs.contains(.catalog(ref)))
        #expect(!subs.contains(.discover(ref)))
        let catalog = Catalog(json: try JSONValue.parse(#"{"streams":[{"tap_stream_id":"Account","metadata":[{"breadcrumb":[],"metadata":{"selected":true}}]},{"tap_stream_id":"Lead"}]}"#))
        _ = update(&model, .polled(.catalogLoaded(ref, .success(catalog), at: Fixtures.at(15))))
        #expect(model.discover.run?.catalog?.streams.count == 2)
    }

    @Test("no known discovery: no polling, the catalog is shown")
    func noDiscovery() {
        var model = Fixtures.loaded()
        _ = update(&model, .polled(.discoverPolled(ref, .success(.none), at: Fixtures.at(10))))
        #expect(subscriptions(model).contains(.catalog(ref)))
        #expect(!subscriptions(model).contains(.discover(ref)))
    }

    @Test("the newest job is selected and followed; its status and log are polled while it runs")
    func followNewest() {
        var model = Fixtures.loaded()
        #expect(model.jobs.selected?.id == "37g_DK")
        let root = model.jobs.selected!.jobRoot!
        #expect(subscriptions(model).isSuperset(of: [.job("acme", root), .jobLog("acme", root), .clock]))
        let newer = Fixtures.job("zz9_NEW", status: "JOB_CREATED", started: 200)
        _ = update(&model, .polled(.jobsLoaded("acme", .success([newer] + model.jobs.all), at: Fixtures.at(20))))
        #expect(model.jobs.selected?.id == "zz9_NEW")
    }

    @Test("picking an older job stops following the newest until back on top")
    func pickJob() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("5"), .character("j"))
        #expect(model.jobs.selected?.id == "a1b2c3")
        #expect(!model.jobs.followNewest)
        let newer = Fixtures.job("zz9_NEW", status: "JOB_CREATED", started: 200)
        _ = update(&model, .polled(.jobsLoaded("acme", .success([newer] + model.jobs.all), at: Fixtures.at(20))))
        #expect(model.jobs.selected?.id == "a1b2c3")
        _ = Fixtures.press(&model, .character("k"), .character("k"))
        #expect(model.jobs.followNewest)
    }

    @Test("a job that ends refreshes jobs, connectors and the state of its connector")
    func jobEnds() {
        var model = Fixtures.loaded()
        let root = model.jobs.selected!.jobRoot!
        let done = Fixtures.job("37g_DK", status: "JOB_COMPLETED", started: 100,
                                timeline: ["JOB_CREATED", "SYNC_STARTED", "SYNC_SUCCESS", "JOB_COMPLETED"])
        let effects = update(&model, .polled(.jobPolled("acme", root, .success(done), at: Fixtures.at(30))))
        #expect(effects == [.refreshNow([.jobs("acme"), .connectors("acme"), .state(ref)])])
        #expect(model.jobs.selected?.status == .jobCompleted)
        #expect(!subscriptions(model).contains(.job("acme", root)))
    }

    @Test("log pages append once, even when pages overlap; the pane's timeline comes first")
    func logPages() {
        var model = Fixtures.loaded()
        let root = model.jobs.selected!.jobRoot!
        let page1 = JobLogPage(lines: (0..<3).map { JobLogLine(offset: $0, text: "line \($0)") }, nextOffset: 3)
        let page2 = JobLogPage(lines: (2..<5).map { JobLogLine(offset: $0, text: "line \($0)") }, nextOffset: 5, isComplete: true)
        _ = update(&model, .polled(.jobLogLoaded("acme", root, fromOffset: 0, .success(.page(page1)), at: Fixtures.at(5))))
        _ = update(&model, .polled(.jobLogLoaded("acme", root, fromOffset: 2, .success(.page(page2)), at: Fixtures.at(7))))
        #expect(model.jobs.log.lines.lines.map(\.text) == ["line 0", "line 1", "line 2", "line 3", "line 4"])
        let document = model.jobs.logDocument
        #expect(document.count == 2 + 5)
        #expect(document[0].text == "JOB_CREATED")
        #expect(document[2].text == "line 0")
        #expect(!subscriptions(model).contains(.jobLog("acme", root)))
    }

    @Test("no log endpoint (the real API): the timeline is shown and the log is not polled again")
    func logsUnavailable() {
        var model = Fixtures.loaded()
        let root = model.jobs.selected!.jobRoot!
        _ = update(&model, .polled(.jobLogLoaded("acme", root, fromOffset: 0, .success(.unavailable), at: Fixtures.at(5))))
        #expect(model.jobs.log.logsUnavailable)
        #expect(!subscriptions(model).contains(.jobLog("acme", root)))
        #expect(model.jobs.logDocument.count == 2)
    }

    @Test("PgUp pauses following, End resumes it, f toggles it")
    func followPause() {
        var model = Fixtures.loaded()
        let root = model.jobs.selected!.jobRoot!
        let page = JobLogPage(lines: (0..<200).map { JobLogLine(offset: $0, text: "row \($0)") }, nextOffset: 200)
        _ = update(&model, .polled(.jobLogLoaded("acme", root, fromOffset: 0, .success(.page(page)), at: Fixtures.at(5))))
        _ = Fixtures.press(&model, .character("5"))
        #expect(model.jobs.log.follow)
        _ = Fixtures.press(&model, .pageUp)
        #expect(!model.jobs.log.follow)
        let rows = JobsPaneLayout(contentHeight: ScreenLayout(size: model.size, zoomed: nil).contentHeight(.jobs)).logRows
        #expect(model.jobs.log.offset == 202 - rows * 2)
        _ = Fixtures.press(&model, .end)
        #expect(model.jobs.log.follow)
        _ = Fixtures.press(&model, .character("f"))
        #expect(!model.jobs.log.follow)
        #expect(model.activity.notice == "log paused")
        _ = Fixtures.press(&model, .character("f"), .character("w"))
        #expect(model.jobs.log.follow)
        #expect(model.jobs.log.wrap)
    }

    @Test("/ searches the log; n and N move between matches")
    func search() {
        var model = Fixtures.loaded()
        let root = model.jobs.selected!.jobRoot!
        let texts = (0..<100).map { $0 % 30 == 0 ? "ERROR at \($0)" : "ok \($0)" }
        let page = JobLogPage(lines: texts.enumerated().map { JobLogLine(offset: $0.offset, text: $0.element) }, nextOffset: 100)
        _ = update(&model, .polled(.jobLogLoaded("acme", root, fromOffset: 0, .success(.page(page)), at: Fixtures.at(5))))
        _ = Fixtures.press(&model, .character("5"), .character("/"))
        Fixtures.type(&model, "error")
        _ = Fixtures.press(&model, .enter)
        #expect(model.jobs.log.searchMatch == 2)
        #expect(!model.jobs.log.follow)
        _ = Fixtures.press(&model, .character("n"))
        #expect(model.jobs.log.searchMatch == 32)
        _ = Fixtures.press(&model, .character("N"), .character("N"))
        #expect(model.jobs.log.searchMatch == 92, "wraps around backwards")
        _ = Fixtures.press(&model, .escape)
        #expect(model.jobs.log.search.isEmpty)
    }

    @Test("the log ring buffer keeps the newest lines and counts the dropped")
    func ringBuffer() {
        var buffer = LogBuffer<Int>(capacity: 3)
        buffer.append(contentsOf: 1...5)
        #expect(buffer.lines == [3, 4, 5])
        #expect(buffer.dropped == 2)
        #expect(buffer[0] == 3)
        buffer.removeAll()
        #expect(buffer.isEmpty)
    }
}
