/// How one cell came out in a run.
public enum CellResult: Sendable, Hashable {
    case passed
    case failed(String)
    case notRun
}

/// The matrix as a markdown table: actions down, faults across, each run cell "✓ what happened" (or ✗ / not
/// run), n/a and known gaps with a numbered reason under the table. README.md holds it as printed by a full run.
public enum FaultMatrixTable {
    public static func markdown(results: [String: CellResult]) -> String {
        var notes: [String] = []
        func note(_ text: String) -> Int {
            if let index = notes.firstIndex(of: text) { return index + 1 }
            notes.append(text)
            return notes.count
        }
        var lines = ["| action | " + MatrixFault.allCases.map(\.rawValue).joined(separator: " | ") + " |",
                     "|---|" + String(repeating: "---|", count: MatrixFault.allCases.count)]
        for action in MatrixAction.allCases {
            let cells = FaultMatrix.cases.filter { $0.action == action }.map { matrixCase -> String in
                switch matrixCase.cell {
                case .notApplicable(let reason): return "n/a (\(note(reason)))"
                case .knownGap(let reason): return "known gap (\(note(reason)))"
                case .expect(let expectation):
                    switch results[key(matrixCase)] ?? .notRun {
                    case .passed: return "✓ " + label(matrixCase.fault, expectation)
                    case .failed: return "✗ FAILED"
                    case .notRun: return "· not run"
                    }
                }
            }
            lines.append("| \(action.rawValue) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        for (index, text) in notes.enumerated() { lines.append("(\(index + 1)) \(text)  ") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table of a run in which every cell passed: what README.md must hold.
    public static var declared: String {
        markdown(results: Dictionary(uniqueKeysWithValues: FaultMatrix.cases.map { (key($0), CellResult.passed) }))
    }

    public static func key(_ matrixCase: MatrixCase) -> String {
        "\(matrixCase.action.rawValue) × \(matrixCase.fault.rawValue)"
    }

    /// "retried, succeeded", "unknown, form kept, 1 job", "waited, succeeded", "nothing sent, draft kept".
    static func label(_ fault: MatrixFault, _ expectation: CellExpectation) -> String {
        var words: [String] = []
        if expectation.journal == .succeeded {
            if fault.passesOnRetry { words.append("retried") }
            if fault.level == .terminal { words.append("waited") }
        }
        words.append(expectation.journal.rawValue)
        if expectation.kept != .none { words.append(expectation.kept.rawValue) }
        // A job start that reached the API: it started a job, or the API refused it (one already runs).
        if expectation.jobStarts > 0 { words.append(expectation.applied ? "1 job" : "no job") }
        return words.joined(separator: ", ")
    }
}
