import GlueCore
import HotglueModels
import Testing

/// `&` (the log filter, with `:context N`) and `t` (the log's times), each change to the model stated.
@Suite("Log filter and times, whole-model")
struct LogFilterStoreTests {
    /// acme's newest job focused, with a log whose every tenth line is an ERROR.
    static func model(lines: Int = 40) -> Model {
        var model = Fixtures.loaded()
        model.focus = .jobs
        let root = model.jobs.selected!.jobRoot!
        let texts = (0..<lines).map { $0 % 10 == 5 ? "ERROR at \($0)" : "ok \($0)" }
        let page = JobLogPage(lines: texts.enumerated().map { JobLogLine(offset: $0.offset, text: $0.element) },
                              nextOffset: lines)
        _ = update(&model, .polled(.jobLogLoaded("acme", root, fromOffset: 0, .success(.page(page)), at: Fixtures.at(5))))
        return model
    }

    static func rows(_ model: Model, query: String, context: Int = 0) -> LogFilterRows {
        LogFilterRows(filter: LogFilter(query: query, context: context), buffer: model.jobs.log.lines, text: \.text)
    }

    @Test("& filters live as typed, Enter keeps it, the document holds only the matches; Esc on the pane clears it")
    func filterTypedLive() {
        var store = TestStore(Self.model())
        store.press(.character("&")) { $0.overlay = .logFilter(TextInput("")) }
        store.press(.character("e")) {
            $0.overlay = .logFilter(TextInput("e"))
            $0.jobs.log.filter = Self.rows($0, query: "e")
        }
        for (typed, character) in [("er", "r"), ("err", "r")] {
            store.press(.character(Character(character))) {
                $0.overlay = .logFilter(TextInput(typed))
                $0.jobs.log.filter = Self.rows($0, query: typed)
            }
        }
        store.press(.enter) { $0.overlay = nil }
        let document = store.model.jobs.logDocument
        #expect(document.count == 4)
        #expect((0..<4).map { document[$0].text } == ["ERROR at 5", "ERROR at 15", "ERROR at 25", "ERROR at 35"])
        #expect(document.matchCount == 4)
        #expect(store.model.jobs.log.filter?.shown == [5, 15, 25, 35])
        store.press(.escape) { $0.jobs.log.filter = nil }
    }

    @Test("new lines are filtered as they arrive; :context 2 shows two lines around each match")
    func liveAndContext() {
        var store = TestStore(Self.model(lines: 20))
        store.send(.key(.character("&")))  { $0.overlay = .logFilter(TextInput("")) }
        store.press(.character("5")) {
            $0.overlay = .logFilter(TextInput("5"))
            $0.jobs.log.filter = Self.rows($0, query: "5")
        }
        store.press(.enter) { $0.overlay = nil }
        #expect(store.model.jobs.log.filter?.shown == [5, 15])
        var withContext = store.model
        _ = runCommandForTest(&withContext, "context 2")
        #expect(withContext.activity.notice == "log filter context: 2 lines")
        #expect(withContext.jobs.log.context == 2)
        #expect(withContext.jobs.log.filter?.shown == [3, 4, 5, 6, 7, 13, 14, 15, 16, 17])
        #expect(withContext.jobs.log.filter?.matchCount == 2)

        // A page arrives: lines 20..<30, line 25 matches, and 19 is not 15's context (±2).
        let root = withContext.jobs.selected!.jobRoot!
        let page = JobLogPage(lines: (20..<30).map { JobLogLine(offset: $0, text: "line \($0)") }, nextOffset: 30)
        _ = update(&withContext, .polled(.jobLogLoaded("acme", root, fromOffset: 20, .success(.page(page)), at: Fixtures.at(6))))
        #expect(withContext.jobs.log.filter?.shown == [3, 4, 5, 6, 7, 13, 14, 15, 16, 17, 23, 24, 25, 26, 27])
        #expect(withContext.jobs.logDocument.matchCount == 3)
    }

    @Test("a /regex/ waits for its closing slash, matches ignoring case; a bad one says so")
    func regularExpression() {
        var store = TestStore(Self.model())
        store.press(.character("&")) { $0.overlay = .logFilter(TextInput("")) }
        for (index, character) in "/error at [12]5".enumerated() {
            let typed = String("/error at [12]5".prefix(index + 1))
            store.press(.character(character)) { $0.overlay = .logFilter(TextInput(typed)) }
        }
        store.press(.character("/")) {
            $0.overlay = .logFilter(TextInput("/error at [12]5/"))
            $0.jobs.log.filter = Self.rows($0, query: "/error at [12]5/")
        }
        #expect(store.model.jobs.log.filter?.shown == [15, 25])
        store.press(.enter) { $0.overlay = nil }

        var bad = Self.model()
        _ = runCommandForTest(&bad, "only /(unclosed/")
        #expect(bad.jobs.log.filter?.problem == "not a regular expression")
        #expect(bad.activity.notice == "/(unclosed/: not a regular expression")
        #expect(bad.jobs.logDocument.count == 0)
    }

    @Test("the filter and its context stay when another job is selected, and apply to its log")
    func keptAcrossJobs() {
        var model = Self.model()
        _ = runCommandForTest(&model, "only error")
        _ = Fixtures.press(&model, .character("j"))
        #expect(model.jobs.log.filter?.filter == LogFilter(query: "error"))
        #expect(model.jobs.log.filter?.shown == [])
    }

    @Test("t: absolute, relative to the job's start, hidden, absolute")
    func timestampsCycle() {
        var store = TestStore(Self.model())
        store.press(.character("t")) {
            $0.jobs.log.timeMode = .relative
            $0.activity.notice = "log times: since the job started"
        }
        store.press(.character("t")) {
            $0.jobs.log.timeMode = .hidden
            $0.activity.notice = "log times: hidden"
        }
        store.press(.character("t")) {
            $0.jobs.log.timeMode = .absolute
            $0.activity.notice = "log times: time of day (UTC)"
        }
    }

    @Test(":context refuses what is not a number of lines")
    func contextRefused() {
        var store = TestStore(Self.model())
        store.press(.character(":")) { $0.overlay = .palette(TextInput("")) }
        for character in "context x" {
            store.press(.character(character)) {
                guard case .palette(var input) = $0.overlay else { return }
                _ = input.apply(.character(character))
                $0.overlay = .palette(input)
            }
        }
        store.press(.enter) {
            $0.overlay = nil
            $0.activity.notice = ":context needs a number of lines from 0 to 50"
        }
    }

    private func runCommandForTest(_ model: inout Model, _ text: String) -> [Effect] {
        var effects = Fixtures.press(&model, .character(":"))
        Fixtures.type(&model, text)
        effects += Fixtures.press(&model, .enter)
        return effects
    }
}
