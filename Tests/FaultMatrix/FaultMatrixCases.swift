/// The fault matrix of issue #10, declared once: every action under every fault, with what the screen, the
/// journal, the operator's input, Hotglue and the job count must show. The session and tmux tests run it, the
/// table in README.md is printed from it.
public enum FaultMatrix {
    public static let cases: [MatrixCase] = MatrixAction.allCases.flatMap { action in
        MatrixFault.allCases.map { fault in MatrixCase(action: action, fault: fault, cell: cell(action, fault)) }
    }

    /// The cells one level runs (n/a and known gaps are not run).
    public static func runnable(at level: MatrixLevel) -> [MatrixCase] {
        cases.filter { $0.fault.level == level && $0.expectation != nil }
    }

    private static func cell(_ action: MatrixAction, _ fault: MatrixFault) -> MatrixCell {
        switch fault {
        case .slowThenQuit, .terminatedDuringWrite, .hungUpDuringWrite:
            // Quitting waits for the answer on its way, says so, and journals it; then the terminal is restored.
            return .expect(CellExpectation(screen: ["finishing 1 change"], journal: .succeeded, applied: true,
                                           jobStarts: action == .runJob ? 1 : 0))
        case .editorKilled:
            return editorKilled(action)
        case .changedMeanwhile:
            return changedMeanwhile(action)
        case .rateLimitStorm, .serverErrorBurst, .droppedAfterSending, .truncatedBody, .htmlBody:
            return transient(action, fault)
        }
    }

    /// Faults on the first try of the request. GET, PUT and DELETE are tried again after any of them; POST and
    /// PATCH only after a 429 (turned away unread): after a 5xx they failed, after a lost answer their result is
    /// unknown.
    private static func transient(_ action: MatrixAction, _ fault: MatrixFault) -> MatrixCell {
        let sentOnce: Bool
        switch action {
        case .link, .update, .runJob: sentOnce = fault != .rateLimitStorm
        case .unlink, .discover, .stateEdit, .reset, .undo: sentOnce = false
        }
        let answerLost = fault == .droppedAfterSending || fault == .truncatedBody
        let jobs = action == .runJob && (answerLost || !sentOnce) ? 1 : 0
        if action == .unlink && answerLost {
            // Tried again: the first DELETE had unlinked it, so the second finds nothing (404) — unknown.
            return .expect(CellExpectation(screen: ["result unknown"], journal: .unknown, applied: true))
        }
        guard sentOnce else {
            return .expect(CellExpectation(screen: [succeeded(action)], journal: .succeeded, applied: true,
                                           jobStarts: jobs))
        }
        if answerLost {
            return .expect(CellExpectation(screen: ["result unknown"], journal: .unknown, kept: .form, applied: true,
                                           jobStarts: jobs))
        }
        let status = fault == .htmlBody ? "Server error (502)" : "Server error (503)"
        return .expect(CellExpectation(screen: [status], journal: .failed, kept: .form, applied: false, jobStarts: jobs))
    }

    /// Someone else changed what the action works on between the operator's look and the send.
    private static func changedMeanwhile(_ action: MatrixAction) -> MatrixCell {
        switch action {
        case .link:
            // Linked meanwhile by someone else: the list is re-read before linking, nothing is sent.
            return .expect(CellExpectation(screen: ["linked to acme meanwhile"], journal: .conflict, kept: .form,
                                           applied: false))
        case .update:
            return .expect(CellExpectation(screen: ["Not found (404)"], journal: .failed, kept: .form, applied: false))
        case .unlink:
            return .expect(CellExpectation(screen: ["not linked (anymore)"], journal: .failed, applied: true))
        case .discover:
            return .expect(CellExpectation(screen: ["Not found (404)"], journal: .failed, applied: false))
        case .stateEdit:
            return .expect(CellExpectation(screen: ["Changed meanwhile"], journal: .conflict, kept: .draft, applied: false))
        case .reset, .undo:
            return .expect(CellExpectation(screen: ["Changed meanwhile"], journal: .conflict, applied: false))
        case .runJob:
            // A job started meanwhile: the API refuses a parallel one, and gluetop asks before sending with
            // ignore_parallel_jobs.
            return .expect(CellExpectation(screen: ["a job is already running"], journal: .failed, kept: .form,
                                           applied: false, jobStarts: 1))
        }
    }

    private static func editorKilled(_ action: MatrixAction) -> MatrixCell {
        switch action {
        case .stateEdit:
            return .expect(CellExpectation(screen: ["was killed", "kept as a draft"], journal: .nothing, kept: .draft,
                                           applied: false))
        case .update:
            return .expect(CellExpectation(screen: ["was killed", "what it saved is kept"], journal: .nothing,
                                           kept: .form, applied: false))
        case .link, .runJob:
            return .notApplicable("no editor: the values are typed into the form")
        case .unlink, .reset:
            return .notApplicable("no editor: the connector's id is typed to confirm")
        case .discover:
            return .notApplicable("no editor: one key starts it")
        case .undo:
            return .notApplicable("no editor: it restores the state the journal kept")
        }
    }

    /// What the status line says when the action went through.
    static func succeeded(_ action: MatrixAction) -> String {
        switch action {
        case .link: return "linked "
        case .update: return "updated "
        case .unlink: return "unlinked "
        case .discover: return "started"
        case .stateEdit: return "written"
        case .reset: return "deleted"
        case .undo: return "restored"
        case .runJob: return "started"
        }
    }
}
