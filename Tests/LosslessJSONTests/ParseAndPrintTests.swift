import LosslessJSON
import Testing

@Suite("Parse and print")
struct ParseAndPrintTests {
    @Test("numbers keep their exact text")
    func numbersKeepText() throws {
        let text = #"{"big":12345678901234567890,"dec":1.10,"exp":1E+2,"neg":-0.000,"small":-0}"#
        let value = try JSONValue.parse(text)
        #expect(value.compact() == text)
        #expect(value["big"]?.numberText == "12345678901234567890")
        #expect(value["dec"]?.numberText == "1.10")
        #expect(value["big"]?.intValue == nil, "does not fit Int, so no lossy conversion")
        #expect(value["exp"]?.doubleValue == 100)
    }

    @Test("key order is kept")
    func keyOrder() throws {
        let text = #"{"z":1,"a":2,"m":{"y":true,"b":false}}"#
        let value = try JSONValue.parse(text)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value.compact() == text)
    }

    @Test("source escapes are kept; the printer's own escapes are minimal")
    func escapes() throws {
        let text = #"{"name":"caf\u00e9 \/ \"q\"","plain":"café","ctl":"a\u0001b"}"#
        let value = try JSONValue.parse(text)
        #expect(value["name"]?.stringValue == "café / \"q\"")
        #expect(value.compact() == text)
        #expect(JSONValue("tab\there \u{1} é").compact() == #""tab\there \u0001 é""#)
    }

    @Test("pretty printing is two-space and round-trips byte for byte")
    func prettyFormat() throws {
        let value: JSONValue = ["bookmarks": ["Account": ["replication_key_value": "2024-05-01T00:00:00Z",
                                                          "version": 12]],
                                "empty": [:], "list": [], "mixed": [1, "two", nil]]
        let expected = """
        {
          "bookmarks": {
            "Account": {
              "replication_key_value": "2024-05-01T00:00:00Z",
              "version": 12
            }
          },
          "empty": {},
          "list": [],
          "mixed": [
            1,
            "two",
            null
          ]
        }
        """
        #expect(value.pretty() == expected)
        #expect(try JSONValue.parse(expected).pretty() == expected)
    }

    @Test("whitespace around the document is accepted", arguments: [" 1 ", "\n\t[ ]\r\n", "  {\"a\" : 1 }  "])
    func surroundingWhitespace(_ text: String) throws {
        _ = try JSONValue.parse(text)
    }

    @Test("parsing bytes and text agree")
    func bytesAndText() throws {
        let text = #"[1,"x",{"k":null}]"#
        #expect(try JSONValue.parse(bytes: Array(text.utf8)) == JSONValue.parse(text))
    }

    @Test("literals build the documents they say")
    func literals() {
        let value: JSONValue = ["a": 1, "b": [true, nil, 2.5, "s"]]
        #expect(value.compact() == #"{"a":1,"b":[true,null,2.5,"s"]}"#)
        #expect(JSONNumber(text: "01") == nil)
        #expect(JSONNumber(text: "1.") == nil)
        #expect(JSONNumber(text: "-1.5e-7")?.text == "-1.5e-7")
        #expect(JSONNumber(3.0).text == "3")
    }
}
