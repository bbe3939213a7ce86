/// What the journal says about a change, as the matrix checks it.
public enum JournalVerdict: String, Sendable {
    case succeeded, failed, unknown, conflict
    /// No record: nothing was sent (the editor was killed before anything was asked).
    case nothing = "nothing sent"
}

/// Where what the operator typed survives a change that did not (certainly) happen.
public enum KeptInput: String, Sendable {
    /// The form reopens with every value as typed.
    case form = "form kept"
    /// The edited text is a draft (in the model and on disk), reopened by `e`.
    case draft = "draft kept"
    /// Nothing typed to keep, or it was applied.
    case none = ""
}

/// What one cell must show after the fault, in all five respects the matrix checks.
public struct CellExpectation: Sendable, Hashable {
    /// Texts the screen shows once the change's answer is in (or, in tmux, while it is awaited).
    public var screen: [String]
    public var journal: JournalVerdict
    public var kept: KeptInput
    /// Whether Hotglue holds the change afterwards.
    public var applied: Bool
    /// Job-start requests that reached the API (the emulator's request log): never more than one.
    public var jobStarts: Int

    public init(screen: [String], journal: JournalVerdict, kept: KeptInput = .none, applied: Bool, jobStarts: Int = 0) {
        self.screen = screen
        self.journal = journal
        self.kept = kept
        self.applied = applied
        self.jobStarts = jobStarts
    }
}

/// One cell of the matrix as declared.
public enum MatrixCell: Sendable, Hashable {
    case expect(CellExpectation)
    /// The fault cannot happen to this action; the reason in one line.
    case notApplicable(String)
    /// It can, and gluetop does not handle it yet; what goes wrong in one line. Not asserted.
    case knownGap(String)
}

/// An action under a fault, with what must happen: one argument of the matrix's parameterized tests.
public struct MatrixCase: Sendable, Hashable, CustomStringConvertible {
    public var action: MatrixAction
    public var fault: MatrixFault
    public var cell: MatrixCell

    public var description: String { "\(action.rawValue) × \(fault.rawValue)" }

    public var expectation: CellExpectation? {
        if case .expect(let expectation) = cell { return expectation }
        return nil
    }
}
