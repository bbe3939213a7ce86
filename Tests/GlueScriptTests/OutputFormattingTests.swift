import Foundation
import HotglueModels
import LosslessJSON
import Testing
import Yams
@testable import GlueScript

@Suite("Tables, YAML and error mapping")
struct OutputFormattingTests {
    @Test("table columns line up under their headers, wide characters count twice, no trailing blanks")
    func tableAlignment() {
        var table = TextTable("ID", "LABEL", "NOTE")
        table.add("a", "日本", "x")
        table.add("longer-id", "b", "")
        table.add("c", "multi\nline", "y")
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines == [
            "ID         LABEL       NOTE",
            "a          日本        x",
            "longer-id  b",
            "c          multi line  y",
        ])
    }

    @Test("YAML keeps strings that look like other types as strings, and numbers' text")
    func yamlQuoting() throws {
        let value: JSONValue = [
            "count": "123", "flag": "true", "empty": "", "when": "2024-05-01T00:00:00Z", "nothing": "null",
            "big": .number(JSONNumber(text: "12345678901234567890")!), "decimal": .number(JSONNumber(text: "1.10")!),
            "plain": "salesforce", "list": [1, "2"], "none": nil,
        ]
        let yaml = try YAMLRendering.render(value)
        #expect(yaml.contains("big: 12345678901234567890\n"))
        #expect(yaml.contains("decimal: 1.10\n"))
        #expect(yaml.contains("plain: salesforce\n"))
        let loaded = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        for key in ["count", "flag", "empty", "when", "nothing", "plain"] {
            #expect(loaded[key] is String, "\(key) did not stay a string")
        }
        #expect(loaded["count"] as? String == "123")
        #expect(loaded["none"] is NSNull || loaded["none"] == nil)
        // Key order is the document's.
        #expect(yaml.hasPrefix("count:"))
    }

    @Test("API errors map to exit codes by kind, keeping the dashboard's words")
    func errorMapping() {
        func exit(_ status: Int, _ message: String? = nil) -> ScriptExit {
            let body = message.map { #"{"Code": "X", "Message": "\#($0)"}"# } ?? ""
            return ScriptFailure(APIError(status: status, body: Array(body.utf8), origin: "env")).exit
        }
        #expect(exit(401) == .apiError)
        #expect(exit(403) == .apiError)
        #expect(exit(404, "Connector x is not linked") == .notFound)
        #expect(exit(409) == .refused)
        #expect(exit(400, "A job is already running for tenant acme") == .refused)
        #expect(exit(400, "Field job_type must be read or write") == .apiError)
        #expect(exit(500) == .apiError)
        let error = APIError(status: 401, body: [], origin: "prod.example.com")
        #expect(ScriptFailure(error).message == error.message)
    }
}
