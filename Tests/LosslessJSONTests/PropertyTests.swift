import LosslessJSON
import PropertyBased
import Testing

@Suite("Round-trip properties")
struct PropertyTests {
    @Test("compact print → parse gives an equal value and the same bytes")
    func compactRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var random = RandomDocument(seed: UInt64(seed))
            let value = random.value()
            let text = value.compact()
            let parsed = try #require(try? JSONValue.parse(text))
            #expect(parsed == value)
            #expect(parsed.compact() == text)
        }
    }

    @Test("pretty print → parse → pretty print is byte for byte")
    func prettyRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var random = RandomDocument(seed: UInt64(seed))
            let value = random.value()
            let pretty = value.pretty()
            let parsed = try #require(try? JSONValue.parse(pretty))
            #expect(parsed == value)
            #expect(parsed.pretty() == pretty)
        }
    }

    @Test("the diff of a value with itself is empty; with another, every change is at a path that differs")
    func diffProperties() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...Int.max)) { a, b in
            var first = RandomDocument(seed: UInt64(a))
            var second = RandomDocument(seed: UInt64(b))
            let old = first.value(), new = second.value()
            #expect(JSONDiff.changes(from: old, to: old).isEmpty)
            for change in JSONDiff.changes(from: old, to: new) {
                switch change {
                case .added(let path, let value): #expect(new.value(at: path) == value && old.value(at: path) == nil)
                case .removed(let path, let value): #expect(old.value(at: path) == value && new.value(at: path) == nil)
                case .changed(let path, let from, let to):
                    #expect(old.value(at: path) == from && new.value(at: path) == to && from != to)
                }
            }
        }
    }
}
