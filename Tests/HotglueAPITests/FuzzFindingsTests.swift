import Foundation
import HotglueModels
import LosslessJSON
import Testing

/// What the fuzz targets (Tests/Fuzz) found in the decoders: each input once trapped, and now reads.
@Suite("Fuzz findings: decoders")
struct FuzzFindingsTests {
    @Test func jobLogOffsetsNearIntMaxDoNotOverflow() throws {
        // The poller asks from the offset the last page gave; a server may give Int.max.
        let page = try JobLogPage(json: ["a", "b", "c"], requestedOffset: Int.max - 1)
        #expect(page.lines.map(\.offset) == [Int.max - 1, Int.max, Int.max])
        #expect(page.nextOffset == Int.max)
    }

    @Test func aNegativeNextOffsetCountsAsNotSent() throws {
        // The log view subtracts offsets: Int.min as the next offset trapped there.
        let json = try JSONValue.parse(#"{"lines": ["a"], "next_offset": -9223372036854775808}"#)
        #expect(try JobLogPage(json: json, requestedOffset: 4).nextOffset == 5)
        #expect(try JobLogPage(json: ["lines": ["a"], "next_offset": 9], requestedOffset: 4).nextOffset == 9)
    }

    @Test func perStreamRecordCountsThatOverflowAreUnknown() throws {
        let json = try JSONValue.parse(
            #"{"job_id": "a", "metrics": {"recordCount": {"a": 9223372036854775807, "b": 1}}}"#)
        #expect(try Job(json: json).recordCount == nil)
        #expect(try Job(json: ["job_id": "a", "metrics": ["recordCount": ["a": 2, "b": 3]]]).recordCount == 5)
    }

    @Test(arguments: [#""1e400""#, "1e400", #""nan""#, #""-inf""#])
    func aDurationThatIsNotFiniteIsNotRead(_ duration: String) throws {
        let job = try Job(json: try JSONValue.parse(#"{"job_id": "a", "duration": \#(duration)}"#))
        #expect(job.duration == nil)
    }

    @Test func epochNumbersBeyondTheYear9999AreNotDates() throws {
        // 1e300 ms was a date that trapped every formatter (it is milliseconds: more than 1e11).
        #expect(HotglueDate.date(from: try JSONValue.parse("1e300")) == nil)
        #expect(HotglueDate.date(from: try JSONValue.parse("253402300800000")) == nil)
        let last = try #require(HotglueDate.date(from: try JSONValue.parse("253402300799000")))
        #expect(HotglueDate.format(last) == "9999-12-31T23:59:59.000000+00:00")
    }
}
