import HotglueModels
import LosslessJSON
import Testing

/// The answer reading HotglueClient does, now in HotglueModels where the fuzz target reaches it.
@Suite("Answer bodies")
struct AnswerBodyTests {
    @Test func anEmptyOrBlankBodyIsNull() throws {
        #expect(try AnswerBody.json([]) == .null)
        #expect(try AnswerBody.json(Array(" \r\n\t".utf8)) == .null)
        #expect(try AnswerBody.json(Array(#" {"a": 1} "#.utf8)) == ["a": 1])
        #expect(throws: JSONParseError.self) { try AnswerBody.json(Array("<html>".utf8)) }
    }

    @Test func listsSkipWhatCannotBeReadAndCountIt() throws {
        let reading = try #require(tenants(["acme", ["tenant_id": "globex"], 7, ["name": "no id"]]))
        #expect(reading.models == ["acme", "globex"])
        #expect(reading.skipped == 2)
        #expect(reading.firstProblem == ModelDecodingError(model: "tenant", reason: "no id"))
        #expect(tenants(.null)?.models == [])
        #expect(tenants("acme")?.models == nil, "not a list")
    }

    /// Outside the macros: a typed-throws initializer as a value inside #require crashed the 6.3.1 compiler.
    private func tenants(_ value: JSONValue) -> ListAnswer.Reading<TenantID>? {
        ListAnswer.read(value, TenantID.init(listEntry:))
    }
}
