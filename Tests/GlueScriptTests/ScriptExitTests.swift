import Testing
@testable import GlueScript

@Test func exitCodesAreTheDocumentedNumbers() {
    #expect(ScriptExit.allCases.map(\.rawValue) == [0, 1, 2, 3, 4, 5])
}
