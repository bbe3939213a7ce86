import LosslessJSON
import Testing

@Suite("Paths and diffs")
struct PathAndDiffTests {
    static let state = """
    {
      "bookmarks": {
        "Account": {
          "replication_key": "SystemModstamp",
          "replication_key_value": "2024-05-01T00:00:00.000000Z"
        },
        "Invoice": {
          "last_id": 12345678901234567890,
          "amount_seen": 1.10,
          "name": "caf\\u00e9"
        }
      },
      "currently_syncing": null
    }
    """

    @Test("editing one key of a state leaves every other byte of the pretty print unchanged")
    func singleEditIsSurgical() throws {
        var value = try JSONValue.parse(Self.state)
        #expect(value.pretty() == Self.state)
        try value.setValue("2024-06-01T00:00:00.000000Z", at: JSONPath(parsing: "bookmarks.Account.replication_key_value")!)
        let expected = Self.state.replacingOccurrences(of: "2024-05-01", with: "2024-06-01")
        #expect(value.pretty() == expected)
    }

    @Test("paths parse and print in one notation", arguments: [
        "bookmarks.Account.replication_key_value", "streams[0].schema", #"bookmarks["odd.key"].x"#, "[3][1]", "(root)",
    ])
    func pathNotation(_ text: String) throws {
        let path = try #require(JSONPath(parsing: text))
        #expect(path.description == text)
    }

    @Test("malformed paths are refused", arguments: ["a..b", ".a", "a.", "a[", "a[x]", #"a["b"#])
    func malformedPaths(_ text: String) {
        #expect(JSONPath(parsing: text) == nil)
    }

    @Test("get, set, add and remove by path")
    func pathEdits() throws {
        var value: JSONValue = ["a": ["b": [1, 2, 3]], "c": "d"]
        #expect(value.value(at: ["a", "b", 1]) == 2)
        try value.setValue(20, at: [.key("a"), .key("b"), .index(1)])
        try value.setValue(4, at: [.key("a"), .key("b"), .index(3)])
        try value.setValue("new", at: [.key("e")])
        #expect(value.compact() == #"{"a":{"b":[1,20,3,4]},"c":"d","e":"new"}"#)
        #expect(try value.removeValue(at: [.key("c")]) == "d")
        #expect(try value.removeValue(at: [.key("a"), .key("b"), .index(0)]) == 1)
        #expect(value.compact() == #"{"a":{"b":[20,3,4]},"e":"new"}"#)
    }

    @Test("a failed edit says where and why, and changes nothing")
    func failedEdits() throws {
        let original: JSONValue = ["a": ["b": [1]], "s": "text"]
        var value = original
        #expect(throws: JSONPathError(path: [.key("a"), .key("x"), .key("y")], reason: "no key \"x\"")) {
            try value.setValue(1, at: [.key("a"), .key("x"), .key("y")])
        }
        #expect(throws: JSONPathError(path: [.key("a"), .key("b"), .index(5)], reason: "index 5 is outside the array of 1")) {
            try value.setValue(1, at: [.key("a"), .key("b"), .index(5)])
        }
        #expect(throws: JSONPathError(path: [.key("s"), .key("k")], reason: "cannot look up \"k\" in a string")) {
            try value.setValue(1, at: [.key("s"), .key("k")])
        }
        #expect(throws: JSONPathError.self) { try value.removeValue(at: .root) }
        #expect(value == original)
    }

    @Test("diff reports added, removed and changed values by path")
    func diff() throws {
        let old = try JSONValue.parse(#"{"a":1,"b":{"c":"x","d":[1,2]},"gone":true}"#)
        let new = try JSONValue.parse(#"{"b":{"d":[1,3,4],"c":"x"},"a":1.0,"added":null}"#)
        let changes = JSONDiff.changes(from: old, to: new)
        #expect(changes == [
            .changed([.key("a")], from: 1, to: .number(JSONNumber(text: "1.0")!)),
            .changed([.key("b"), .key("d"), .index(1)], from: 2, to: 3),
            .added([.key("b"), .key("d"), .index(2)], 4),
            .removed([.key("gone")], true),
            .added([.key("added")], nil),
        ])
    }

    @Test("objects keep order through edits and removals")
    func objectOrder() {
        var object: JSONObject = ["one": 1, "two": 2, "three": 3]
        object["two"] = nil
        object["four"] = 4
        object["one"] = 11
        #expect(object.keys == ["one", "three", "four"])
        #expect(object["three"] == 3)
        #expect(JSONValue.object(object).compact() == #"{"one":11,"three":3,"four":4}"#)
    }
}
