import FaultMatrix
import Foundation
import GlueApp
import GlueCore
import HotglueEmulator
import Testing

/// The session-level cells of the fault matrix: each action, driven by its keys through `DashboardSession` and the
/// real HTTP client, against an emulator whose fault hits exactly that action's request (or with someone else's
/// change made meanwhile). Checks the screen, the operator's input, the job count, the journal and Hotglue itself.
@Suite("FaultMatrix · session", .serialized)
struct FaultMatrixSessionTests {
    @Test("an action under a fault", arguments: FaultMatrix.runnable(at: .session))
    func cell(_ matrixCase: MatrixCase) async throws {
        let expected = try #require(matrixCase.expectation)
        let harness = try await MatrixSessionHarness()
        var checks = CellChecks()
        do {
            try await run(matrixCase, expected, harness, &checks)
        } catch {
            checks.expect(false, "\(matrixCase): \(error)")
        }
        FaultMatrixReport.shared.record(matrixCase, problems: checks.problems)
        try await harness.close()
    }

    private func run(_ matrixCase: MatrixCase, _ expected: CellExpectation, _ harness: MatrixSessionHarness,
                     _ checks: inout CellChecks) async throws {
        let scenario = try await harness.prepare(matrixCase.action)
        if let rule = Self.rule(for: matrixCase) {
            harness.emulator.faults.add(rule)
        } else {
            try await scenario.changeMeanwhile()
        }
        let journaledBefore = try harness.journal.read().entries.count
        let requestsBefore = await harness.emulator.requests().count
        let formBefore = harness.form?.fields
        harness.press(scenario.send)
        try await harness.until("the answer of \(matrixCase.action.rawValue) journaled") { _ in
            harness.session.changesInFlight.current == 0
                && ((try? harness.journal.read().entries.count) ?? 0) > journaledBefore
        }
        // The answer is posted before the change is counted done: one more batch takes it in.
        harness.session.process([])
        let frame = harness.frame()

        // 1. The screen says what happened.
        for text in expected.screen {
            checks.expect(frame.contains(text), "the screen shows \"\(text)\"; it was:\n\(frame)")
        }
        if matrixCase.fault == .rateLimitStorm {
            checks.expect(harness.retryShown, "the header showed the retry (⟳ 1 retry) while it waited")
        }
        // 2. Nothing typed is lost.
        switch expected.kept {
        case .form:
            checks.expect(formBefore != nil && harness.form?.fields == formBefore,
                          "the form is open again with every value as typed")
        case .draft:
            let text = try #require(scenario.draftHolds)
            checks.expect(harness.model.stateEdits.drafts[scenario.ref]?.text.contains(text) == true,
                          "the edit is a draft in the dashboard")
            let onDisk = harness.drafts.load(envID: harness.model.connection.envID, flowID: harness.model.connection.flowID)
            checks.expect(onDisk.contains { $0.ref == scenario.ref && $0.draft.text.contains(text) },
                          "the draft is on disk")
        case .none:
            break
        }
        // 3. No job is started twice: job starts that reached the API, counted in the emulator's log.
        let sent = Array(await harness.emulator.requests().dropFirst(requestsBefore))
        let jobStarts = sent.filter {
            FaultMatrix.isJobStart(method: $0.method, path: $0.path) && FaultMatrix.reachedTheAPI(fault: $0.fault)
        }
        checks.expect(jobStarts.count == expected.jobStarts && jobStarts.count <= 1,
                      "\(expected.jobStarts) job start(s) reached the API, got \(jobStarts.count)")
        let write = matrixCase.action.write
        let tries = sent.filter { $0.method == write.method && $0.path.hasSuffix(write.pathEnd) }.count
        if matrixCase.fault.passesOnRetry && expected.journal == .succeeded {
            checks.expect(tries >= 2, "the request was sent again after the fault (\(tries) tries)")
        }
        // 4. The journal says what happened: intent and outcome of this change.
        let entries = try harness.journal.read().entries.dropFirst(journaledBefore)
        checks.expect(entries.count == 1, "one journal entry for the change, got \(entries.count)")
        let verdict = entries.last.map { Self.verdict($0.outcome) }
        checks.expect(verdict == expected.journal.rawValue,
                      "journal outcome \(expected.journal.rawValue), got \(verdict ?? "none")")
        // Hotglue holds the change exactly when it should.
        let applied = await scenario.isApplied()
        checks.expect(applied == expected.applied,
                      expected.applied ? "Hotglue holds the change" : "Hotglue does not hold the change")
    }

    /// The emulator rule that hits the action's own request on its first try.
    static func rule(for matrixCase: MatrixCase) -> FaultRule? {
        let write = matrixCase.action.write
        let fault: Fault
        var times = 1
        switch matrixCase.fault {
        case .rateLimitStorm:
            fault = .status(429, retryAfter: "1")
            times = 2
        case .serverErrorBurst:
            fault = .status(503)
            times = 2
        case .droppedAfterSending: fault = .dropAfterHandling
        case .truncatedBody: fault = .truncatedBody
        case .htmlBody: fault = .htmlBody(502)
        default: return nil
        }
        return FaultRule(fault, route: .pathSuffix(write.pathEnd), method: write.method, times: times)
    }

    static func verdict(_ outcome: JournalEntry.Outcome) -> String {
        switch outcome {
        case .succeeded: return JournalVerdict.succeeded.rawValue
        case .failed: return JournalVerdict.failed.rawValue
        case .unknown: return JournalVerdict.unknown.rawValue
        case .conflict: return JournalVerdict.conflict.rawValue
        case .refused(let why): return "refused (\(why))"
        case .pending: return "pending"
        }
    }
}
