import FaultMatrix
import Foundation
import Glibc
import TestSupport
import Testing

/// The tmux cells of the fault matrix: the release binary against an emulator process whose latency holds the
/// action's request on its way while `q`, SIGTERM or SIGHUP arrives; and `$EDITOR` killed by SIGKILL. Each cell
/// checks the screen, the operator's input, the job count (the emulator's request log), the journal, and that
/// the terminal is the shell's again: the prompt, the same `stty -a`, the alternate screen left.
@Suite("FaultMatrix · tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux"))
struct FaultMatrixTerminalTests {
    @Test("an action under a fault, in tmux", arguments: FaultMatrix.runnable(at: .terminal))
    func cell(_ matrixCase: MatrixCase) async throws {
        let expected = try #require(matrixCase.expectation)
        let binary = try #require(GluetopBinary.path())
        let terminal = try await MatrixTerminal(binary: binary, faults: Self.faults(matrixCase))
        defer { terminal.close() }
        var checks = CellChecks()
        do {
            try await run(matrixCase, expected, terminal, &checks)
        } catch {
            checks.expect(false, "\(matrixCase): \(error)")
        }
        FaultMatrixReport.shared.record(matrixCase, problems: checks.problems)
    }

    /// Holds the action's request 5 s (`q`) or 3 s (a signal) on its way; the editor cells need no fault.
    static func faults(_ matrixCase: MatrixCase) -> String {
        switch matrixCase.fault {
        case .slowThenQuit: return matrixCase.action.faultRule("latency=5s")
        case .terminatedDuringWrite, .hungUpDuringWrite: return matrixCase.action.faultRule("latency=3s")
        default: return ""
        }
    }

    private func run(_ matrixCase: MatrixCase, _ expected: CellExpectation, _ terminal: MatrixTerminal,
                     _ checks: inout CellChecks) async throws {
        let modesBefore = try await terminal.terminalModes("stty-before.txt")
        try await terminal.startDashboard()
        var screen: String
        if matrixCase.fault == .editorKilled {
            try await terminal.killEditor(during: matrixCase.action)
            screen = try await terminal.screen("what the dashboard says about the killed editor") {
                $0.contains("was killed")
            }
            // No input lost: the kept text goes back to the editor.
            let reopened = try await terminal.reopenKeptText(matrixCase.action)
            let edit = matrixCase.action == .stateEdit ? "2031-01-01T00:00:00Z" : "\"start_date\": \"19"
            checks.expect(reopened.contains(edit), "the editor's saved edit comes back: \(reopened)")
            if matrixCase.action == .stateEdit {
                let drafts = try FileManager.default.contentsOfDirectory(atPath: terminal.tmux.file("state/gluetop/drafts").path)
                checks.expect(!drafts.isEmpty, "the draft is on disk")
            }
            try await terminal.screen("the dashboard back after the copying editor") { $0.contains("exited with status 1") }
            try terminal.press("q")
        } else {
            try await terminal.send(matrixCase.action)
            switch matrixCase.fault {
            case .slowThenQuit: try terminal.press("q")
            case .terminatedDuringWrite: kill(terminal.dashboardPID, SIGTERM)
            default: kill(terminal.dashboardPID, SIGHUP)
            }
            // Gone without a word is a failure at once, not after the wait's guard.
            screen = try await terminal.screen("the dashboard waiting for the change") {
                $0.contains("finishing 1 change") || !terminal.dashboardIsRunning
            }
        }
        try await terminal.waitForExit()

        // 1. The screen said what happened.
        for text in expected.screen {
            checks.expect(screen.contains(text), "the screen showed \"\(text)\"; it was:\n\(screen)")
        }
        // 3. No job is started twice (the emulator's request log).
        let requests = EmulatorLogLine.parse(terminal.emulatorLog)
        let jobStarts = requests.filter {
            FaultMatrix.isJobStart(method: $0.method, path: $0.path) && FaultMatrix.reachedTheAPI(fault: $0.fault)
        }
        checks.expect(jobStarts.count == expected.jobStarts && jobStarts.count <= 1,
                      "\(expected.jobStarts) job start(s) reached the API, got \(jobStarts.count)")
        // 4. The journal says what happened; Hotglue answered the change that was waited for.
        let journal = JournalLines(terminal.journal)
        switch expected.journal {
        case .nothing:
            checks.expect(journal.intents.isEmpty, "nothing was sent, nothing journaled: \(terminal.journal)")
        default:
            let last = journal.intents.last
            checks.expect(last.flatMap(journal.result) == expected.journal.rawValue,
                          "the change's outcome is journaled \(expected.journal.rawValue): \(terminal.journal)")
            let write = matrixCase.action.write
            let answered = requests.last { $0.method == write.method && $0.path.hasSuffix(write.pathEnd) }
            checks.expect(answered.map { (200...299).contains($0.status) } == expected.applied,
                          "the change reached Hotglue and was answered: \(String(describing: answered))")
        }
        // 5. The terminal is the shell's again.
        let after = try await terminal.screen("the shell prompt") { $0.contains("e2e$") && !$0.contains("Linked connectors") }
        checks.expect(after.contains("e2e$"), "the prompt is back")
        checks.expect(try !terminal.onAlternateScreen(), "the alternate screen is left")
        let modesAfter = try await terminal.terminalModes("stty-after.txt")
        checks.expect(modesAfter == modesBefore && modesAfter.contains(" icanon") && modesAfter.contains(" echo"),
                      "stty -a is as before gluetop ran (icanon echo): \(modesAfter)")
    }
}
