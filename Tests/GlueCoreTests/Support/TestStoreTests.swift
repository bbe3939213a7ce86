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
        }
    }
}
