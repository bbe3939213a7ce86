import Foundation
import GlueCore
import Testing

/// README.md's key table is the command table as `CommandTable.readmeTable` writes it.
@Suite struct ReadmeKeyTableTests {
    @Test func readmeKeyTableIsTheCommandTable() throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "\n## Keys\n"), "README.md has a \"## Keys\" section")
        let start = try #require(readme.range(of: "| keys | name |", range: section.upperBound..<readme.endIndex),
                                 "the Keys section has the command table")
        let end = readme.range(of: "\n\n", range: start.lowerBound..<readme.endIndex)?.lowerBound ?? readme.endIndex
        let table = String(readme[start.lowerBound..<end])
        #expect(table == CommandTable.readmeTable,
                "README.md's key table differs from the command table; it should read:\n\(CommandTable.readmeTable)")
    }
}
