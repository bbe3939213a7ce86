import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

@Suite("r: run a job")
struct ConnectorChangeRunJobTests {
    typealias F = ChangeFixtures

    @Test("r opens the form; type, reset and start date are sent; the job appears selected and followed")
    func happyPath() throws {
        var model = Fixtures.loaded()
        #expect(Fixtures.press(&model, .character("r")).isEmpty)
        let form = try #require(F.form(model))
        #expect(form.fields.map(\.key) == ["job_type", "reset_source_state", "override_start_date", "streams"])

        _ = Fixtures.press(&model, .right, .tab, .character(" "), .tab)
        Fixtures.type(&model, "2024-01-01")
        _ = Fixtures.press(&model, .tab)
        Fixtures.type(&model, "Account, Contact")
        let effects = Fixtures.press(&model, .enter)
        #expect(model.overlay == nil)
        guard case .runJob(let ref, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".runJob")
        }
        #expect(ref == F.ref)
        #expect(request == RunJobRequest(connector: "salesforce", jobType: .write, overrideStartDate: "2024-01-01",
                                         resetSourceState: true,
                                         overrideSelectedTables: ["Account": true, "Contact": true]))

        let job = F.job("n3wJ0b")
        model.jobs.followNewest = false
        model.jobs.filter = .failed
        let after = update(&model, .connectorChange(.jobStarted(ref, request, reopen: reopen, .success(job),
                                                                journalProblem: nil, at: Fixtures.at(30))))
        #expect(after == [.refreshNow([.jobs("acme")])])
        #expect(model.jobs.all.first?.id == "n3wJ0b")
        #expect(model.jobs.selected?.id == "n3wJ0b")
        #expect(model.jobs.filter == .all)
        #expect(model.jobs.followNewest)
        #expect(subscriptions(model).contains(.job("acme", try #require(job.jobRoot))))
    }

    @Test("a start date that is not a date keeps the form open on that field")
    func badDate() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("r"), .tab, .tab)
        Fixtures.type(&model, "yesterday")
        _ = Fixtures.press(&model, .tab)
        #expect(Fixtures.press(&model, .enter).isEmpty)
        let form = try #require(F.form(model))
        #expect(form.focus == 2)
        #expect(form.error?.contains("'yesterday' is not a date") == true)
    }

    @Test("refused because a job runs: asks, and y sends again with ignore_parallel_jobs; n goes back")
    func parallelRefusal() throws {
        var model = Fixtures.loaded()
        let effects = Fixtures.press(&model, .character("r"), .enter)
        guard case .runJob(let ref, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".runJob")
        }
        #expect(request.ignoreParallelJobs == nil)
        #expect(F.parallelRefusal().isParallelJobRefusal)
        _ = update(&model, .connectorChange(.jobStarted(ref, request, reopen: reopen, .failure(F.parallelRefusal()),
                                                        journalProblem: nil, at: Fixtures.at(30))))
        guard case .parallelRefused(let said) = try #require(F.form(model)).stage else {
            try wrongCase(try #require(F.form(model)).stage, expected: ".parallelRefused")
        }
        #expect(said.contains("already running"))

        let before = model
        _ = Fixtures.press(&model, .character("n"))
        #expect(F.form(model)?.stage == .editing)
        #expect(F.form(model)?.error?.contains("not sent again") == true)

        model = before
        let again = Fixtures.press(&model, .character("y"))
        guard case .runJob(_, let second, _) = try #require(F.connectorRequest(again)) else {
            try wrongCase(F.connectorRequest(again), expected: ".runJob")
        }
        #expect(second.ignoreParallelJobs == true)
        #expect(second.jobType == .read)
    }

    @Test("another API error reopens the form with its values and the error")
    func apiError() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("r"), .tab, .character(" "))
        let effects = Fixtures.press(&model, .enter)
        guard case .runJob(let ref, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".runJob")
        }
        let jobs = model.jobs.all
        _ = update(&model, .connectorChange(.jobStarted(ref, request, reopen: reopen, .failure(Fixtures.error()),
                                                        journalProblem: nil, at: Fixtures.at(30))))
        #expect(model.jobs.all == jobs)
        let form = try #require(F.form(model))
        #expect(form.field("reset_source_state")?.value == .toggle(true))
        #expect(form.error == "job of salesforce@acme not started: \(Fixtures.error().message)")
    }

    @Test(":run with arguments fills the form and waits for Enter")
    func paletteFillsTheForm() throws {
        var model = Fixtures.loaded()
        #expect(F.palette(&model, "run write --reset --start 2024-01-01T00:00:00Z --streams A,B --ignore-parallel").isEmpty)
        let form = try #require(F.form(model))
        #expect(form.field("job_type")?.value == .choice(["read", "write"], selected: 1))
        #expect(form.field("reset_source_state")?.value == .toggle(true))
        #expect(form.field("override_start_date")?.text == "2024-01-01T00:00:00Z")
        #expect(form.field("streams")?.text == "A,B")
        #expect(form.ignoreParallelJobs)
        let effects = Fixtures.press(&model, .enter)
        guard case .runJob(_, let request, _) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".runJob")
        }
        #expect(request.ignoreParallelJobs == true)
        #expect(request.overrideSelectedTables == ["A": true, "B": true])
    }

    @Test(arguments: [("run --start nope", "'nope'"), ("run --bogus", "'--bogus'"), ("run --start", "--start needs"),
                      ("run read write", "'write'"), ("run --streams", "--streams needs")])
    func badArguments(command: String, named: String) {
        var model = Fixtures.loaded()
        #expect(ChangeFixtures.palette(&model, command).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice?.contains(named) == true, "\(model.activity.notice ?? "no notice")")
    }

    @Test("with the catalog loaded the streams are a list to pick from")
    func streamsFromCatalog() throws {
        var model = Fixtures.loaded()
        let catalog = Catalog(json: ["streams": [["tap_stream_id": "Account"], ["tap_stream_id": "Contact"]]])
        model.discover.run?.catalog = catalog
        _ = Fixtures.press(&model, .character("r"), .tab, .tab, .tab, .right, .character(" "))
        #expect(F.form(model)?.field("streams")?.chosenItems == ["Contact"])
        let effects = Fixtures.press(&model, .enter)
        guard case .runJob(_, let request, _) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".runJob")
        }
        #expect(request.overrideSelectedTables == ["Contact": true])
    }

    @Test("nothing selected: refused; Esc cancels the form")
    func refusalAndCancel() {
        var empty = Fixtures.model()
        #expect(Fixtures.press(&empty, .character("r")).isEmpty)
        #expect(empty.activity.notice == "select a linked connector to run a job of")
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("r"), .escape)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cancelled: nothing was changed")
    }
}
