/// The benchmark input: one ~5 MB Singer state of a busy tenant, source bookmarks and target record lists in one
/// document, generated from a fixed seed so every run and machine measures the same bytes.
enum SingerStateFixture {
    static let seed: UInt64 = 0x6C75_6574_6F70
    static let sourceStreamCount = 4_000
    static let recordsPerTargetStream = 4_000

    static func makeDocument() -> [UInt8] {
        var writer = PythonStyleJSONWriter(reservingCapacity: 6 << 20)
        var bookmarks = SourceBookmarks(random: SplitMix64(seed: seed))
        var records = TargetRecordState(random: SplitMix64(seed: seed &+ 1))
        writer.object { writer in
            writer.key("bookmarks")
            bookmarks.write(streamCount: sourceStreamCount, to: &writer)
            writer.key("currently_syncing")
            writer.literal("null")
            records.writeMembers(recordsPerStream: recordsPerTargetStream, to: &writer)
        }
        return writer.bytes
    }
}
