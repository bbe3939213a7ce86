import Foundation
import GlueSync

/// Collects the cells' results as the session and tmux tests finish them, keeps `.build/fault-matrix.md` up to
/// date, and prints the table once every runnable cell has a result (a full run).
public final class FaultMatrixReport: Sendable {
    public static let shared = FaultMatrixReport()

    private let results = LockedValue<[String: CellResult]>([:])

    public func record(_ matrixCase: MatrixCase, problems: [String]) {
        let result: CellResult = problems.isEmpty ? .passed : .failed(problems.joined(separator: "; "))
        let (table, complete) = results.withLock { results in
            results[FaultMatrixTable.key(matrixCase)] = result
            let runnable = FaultMatrix.cases.filter { $0.expectation != nil }
            return (FaultMatrixTable.markdown(results: results),
                    runnable.allSatisfy { results[FaultMatrixTable.key($0)] != nil })
        }
        try? FileManager.default.createDirectory(at: Self.output.deletingLastPathComponent(),
                                                 withIntermediateDirectories: true)
        try? table.write(to: Self.output, atomically: true, encoding: .utf8)
        if complete { print("Fault matrix (\(Self.output.path)):\n\n" + table) }
    }

    /// `.build/fault-matrix.md` of this package.
    public static var output: URL {
        packageRoot.appendingPathComponent(".build/fault-matrix.md")
    }

    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
