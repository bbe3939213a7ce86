import GlueCore
import HotglueModels
import Testing

/// `TestStore` itself fails where it should: a change not stated, a stated change that did not happen, an
/// effect nobody expected.
@Suite struct TestStoreTests {
    @Test func aChangeNotStatedFails() {
        var store = TestStore(Fixtures.loaded())
        withKnownIssue { store.press(.character("?")) }
    }

    @Test func aStatedChangeThatDidNotHappenFails() {
        var store = TestStore(Fixtures.loaded())
        withKnownIssue { store.press(.character("?")) { $0.overlay = .help; $0.zoomed = .jobs } }
    }

    @Test func anEffectNobodyExpectedFails() {
        var store = TestStore(Fixtures.loaded())
        withKnownIssue { store.press(.character("R")) { $0.activity.notice = "refreshing" } }
    }

    @Test("a poll of the jobs list: the newest job selected, the pane loaded, nothing else")
    func jobsPoll() {
        var store = TestStore(Fixtures.loaded())
        let jobs = [Fixtures.job("j-new", status: "JOB_CREATED", started: 900)] + store.model.jobs.all
        store.send(.polled(.jobsLoaded("acme", .success(jobs), at: Fixtures.at(30)))) {
            $0.now = Fixtures.at(30)
            $0.jobs.all = jobs
            $0.jobs.load.succeeded(at: Fixtures.at(30))
            // The newest job is followed: its log starts over.
            $0.jobs.log.reset(for: jobs[0].jobRoot)
            // The tenant on screen's jobs are the pulse's freshest check of it.
            $0.pulse.data.checked("acme", jobs: jobs, at: Fixtures.at(30), window: $0.pulse.window)
            $0.pulse.refresh(tenants: $0.tenants.all, onScreen: "acme", now: Fixtures.at(30), showing: false)
        }
    }

    @Test("the failure names each differing field by its path, and a dictionary in another order is no difference")
    func differenceNamesThePaths() {
        var expected = Fixtures.loaded()
        var actual = expected
        actual.jobs.log.wrap = true
        actual.activity.notice = "x"
        #expect(TestStore.difference(expected: expected, actual: actual) == """
              model.jobs.log.wrap: expected false, actual true
              model.activity.notice: expected nil, actual Optional("x")
            """)
        // The same drafts, put in in another order (and so, maybe, iterated in another): equal, nothing to say.
        let refs = (0..<40).map { ConnectorRef(tenant: "acme", connector: ConnectorID("c\($0)")) }
        for ref in refs { expected.stateEdits.drafts[ref] = .init(text: "{}", original: nil) }
        actual = Fixtures.loaded()
        for ref in refs.reversed() { actual.stateEdits.drafts[ref] = .init(text: "{}", original: nil) }
        #expect(TestStore.difference(expected: expected, actual: actual) == "")
    }
}
