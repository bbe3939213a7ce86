import Foundation
import LosslessJSON

/// Everything the benchmarks read, made once in each benchmark's setup so that generating and checking the
/// fixture is never measured.
struct BenchmarkInput: Sendable {
    static let shared = BenchmarkInput()

    /// The document as the API sends it.
    let bytes: [UInt8]
    /// The same bytes for Foundation, copied outside the measurement.
    let data: Data
    /// The parsed document, for the printing and editing benchmarks.
    let document: JSONValue
    /// A `replication_key_value` in the middle of the bookmarks: what an operator rewinding one stream edits.
    let editPath: JSONPath

    private init() {
        bytes = SingerStateFixture.makeDocument()
        data = Data(bytes)
        do {
            document = try JSONValue.parse(bytes: bytes)
        } catch {
            fatalError("the generated fixture does not parse: \(error)")
        }
        editPath = Self.firstTimestampCursor(in: document, from: SingerStateFixture.sourceStreamCount / 2)
        checkFixture()
    }

    private static func firstTimestampCursor(in document: JSONValue, from start: Int) -> JSONPath {
        for index in start..<SingerStateFixture.sourceStreamCount {
            let path: JSONPath = ["bookmarks", .key(SourceBookmarks.streamName(index)), "replication_key_value"]
            if document.value(at: path)?.stringValue != nil { return path }
        }
        fatalError("the fixture has no timestamp cursor after stream \(start)")
    }

    /// Stops the run when the fixture no longer holds what the figures claim to measure: the lossless numbers, a
    /// stable pretty form, and a size near 5 MB.
    private func checkFixture() {
        let bigInteger = document.value(at: ["bookmarks", .key(SourceBookmarks.streamName(0)), "replication_key_value"])
        let decimal = document.value(at: ["bookmarks", .key(SourceBookmarks.streamName(1)), "replication_key_value"])
        precondition(bigInteger?.numberText == "12345678901234567890", "big integer cursor lost its text")
        precondition(decimal?.numberText == "1.10", "decimal cursor lost its text")
        precondition((4_500_000...6_000_000).contains(bytes.count), "fixture is \(bytes.count) bytes, not ~5 MB")
        let pretty = document.prettyBytes()
        precondition((try? JSONValue.parse(bytes: pretty).prettyBytes()) == pretty, "pretty print does not round-trip")
    }
}
