import FaultMatrix
import Foundation
import Testing

/// README.md's "Fault matrix" section holds the table a full run prints when every cell passes: the declared
/// cases and the README cannot drift apart.
@Suite("FaultMatrix · README")
struct FaultMatrixReadmeTests {
    @Test("README's fault matrix is the table declared in code")
    func readmeTable() throws {
        let readme = try String(contentsOf: FaultMatrixReport.packageRoot.appendingPathComponent("README.md"),
                                encoding: .utf8)
        let start = try #require(readme.range(of: "\n## Fault matrix\n"), "README.md has a \"## Fault matrix\" section")
        let rest = readme[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        #expect(section.contains(FaultMatrixTable.declared),
                "README's table differs from FaultMatrixTable.declared; it should read:\n\(FaultMatrixTable.declared)")
    }

    @Test("every action meets every fault: a cell run, or n/a or a known gap with its reason")
    func everyCellDeclared() {
        #expect(FaultMatrix.cases.count == MatrixAction.allCases.count * MatrixFault.allCases.count)
        for matrixCase in FaultMatrix.cases {
            switch matrixCase.cell {
            case .expect(let expectation):
                #expect(!expectation.screen.isEmpty, "\(matrixCase) names what the screen shows")
                #expect(expectation.jobStarts <= 1, "\(matrixCase) starts at most one job")
            case .notApplicable(let reason), .knownGap(let reason):
                #expect(!reason.isEmpty && !reason.contains("\n"), "\(matrixCase) gives its reason in one line")
            }
        }
    }
}
