import Foundation
@testable import HotglueEmulator
import LosslessJSON
import Testing

@Suite("World building blocks")
struct WorldUnitTests {
    @Test("timestamps: ISO-8601 with microseconds and offset")
    func timestamps() {
        #expect(HotglueTimestamp.string(Date(timeIntervalSince1970: 1_642_606_211.731333)) == "2022-01-19T15:30:11.731333+00:00")
        #expect(HotglueTimestamp.string(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000000+00:00")
        #expect(HotglueTimestamp.string(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000000+00:00")
        #expect(HotglueTimestamp.s3Folder(Date(timeIntervalSince1970: 1_642_606_211)) == "2022/01/4/19/15")
    }

    @Test("SplitMix64 is fixed: the same seed gives the same sequence, and draws stay in range")
    func splitMix() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var first = SplitMix64(seed: 0)
        #expect(first.next() == 0xE220_A839_7B1D_CDAF)
        var random = SplitMix64(seed: 9, "x")
        for _ in 0..<1000 {
            #expect((3...7).contains(random.int(in: 3...7)))
            #expect((0..<1).contains(random.unit()))
        }
    }

    @Test("decimal text addition keeps values past 64 bits exact")
    func decimalText() {
        #expect(DecimalText.add("12345678901234567890", 10) == "12345678901234567900")
        #expect(DecimalText.add("99999999999999999999", 1) == "100000000000000000000")
        #expect(DecimalText.add("0", 0) == "0")
        #expect(DecimalText.add("1.5", 1) == nil)
    }

    @Test("job plans: success path, failure at each stage, streaming skips ETL")
    func jobPlans() {
        let streams = [StreamShare(name: "a", rows: 10)]
        #expect(JobPlan(streaming: false, failure: nil, streams: streams).milestones.count == 8)
        #expect(JobPlan(streaming: true, failure: nil, streams: streams).milestones == [
            "JOB_CREATED", "DISCOVER_STARTED", "SYNC_STARTED", "SYNC_SUCCESS", "EXPORT_STARTED", "JOB_COMPLETED",
        ])
        let failure = { (stage: JobStage) in JobFailure(stage: stage, message: "m", error: "e") }
        #expect(JobPlan(streaming: false, failure: failure(.discover), streams: streams).milestones == [
            "JOB_CREATED", "DISCOVER_STARTED", "DISCOVER_FAILED",
        ])
        #expect(JobPlan(streaming: false, failure: failure(.etl), streams: streams).milestones.suffix(2) == [
            "ETL_STARTED", "ETL_FAILED",
        ])
        #expect(JobPlan(streaming: false, failure: failure(.export), streams: streams).milestones.last == "EXPORT_FAILED")
    }

    @Test("state advance: timestamps move, integers grow, decimals and other keys stay")
    func stateAdvance() throws {
        let state = try JSONValue.parse(
            #"{"bookmarks":{"A":{"replication_key":"u","replication_key_value":"2024-01-01T00:00:00Z"},"B":{"replication_key_value":12345678901234567890},"C":{"replication_key_value":1.10},"D":{"last_record":"x"}},"extra":[1.0]}"#)
        let streams = ["A", "B", "C", "D"].map { (definition: StreamDefinition($0, fields: []), rows: 5) }
        let advanced = StateAdvancer.advanced(state, streams: streams, completedAt: testStart)
        #expect(advanced.compact() == #"{"bookmarks":{"A":{"replication_key":"u","replication_key_value":"2024-05-01T12:00:00.000000+00:00"},"B":{"replication_key_value":12345678901234567895},"C":{"replication_key_value":1.10},"D":{"last_record":"2024-05-01T12:00:00.000000+00:00"}},"extra":[1.0]}"#)
    }
}
