import Foundation
import LosslessJSON

/// Invents Singer states in the shapes seen in the wild, and advances them when a read job completes.
enum StateBuilder {
    enum Shape {
        /// `{"bookmarks": {"<stream>": {"replication_key", "replication_key_value"}}}`
        case sdk
        /// `{"bookmarks": {"<stream>": {"last_record": "..."}}}`
        case classic
        /// Per-stream lists of `{hash, success, id, externalId, error}` plus a `summary`.
        case target
    }

    /// The big integer and the decimal that every client must round-trip without changing their text.
    static let bigIntegerBookmark = "12345678901234567890"
    static let decimalBookmark = "1.10"

    static func state(
        for definition: ConnectorDefinition, shape: Shape, streams: [String], now: Date, random: inout SplitMix64
    ) -> JSONValue {
        switch shape {
        case .sdk: sdkState(definition, streams: streams, now: now, random: &random)
        case .classic: classicState(streams: streams, now: now, random: &random)
        case .target: targetState(streams: streams, random: &random)
        }
    }

    private static func sdkState(
        _ definition: ConnectorDefinition, streams: [String], now: Date, random: inout SplitMix64
    ) -> JSONValue {
        var bookmarks = JSONObject()
        for stream in definition.streams where streams.contains(stream.name) {
            guard let key = stream.replicationKey else { continue }
            let type = stream.fields.first { $0.0 == key }?.1 ?? .dateTime
            let value: JSONValue =
                switch type {
                case .integer: .number(JSONNumber(text: bigIntegerBookmark)!)
                case .number: .number(JSONNumber(text: decimalBookmark)!)
                default: .string(JSONString(pastTimestamp(now: now, random: &random)))
                }
            bookmarks[stream.name] = ["replication_key": .string(JSONString(key)), "replication_key_value": value]
        }
        return ["bookmarks": .object(bookmarks)]
    }

    private static func classicState(streams: [String], now: Date, random: inout SplitMix64) -> JSONValue {
        var bookmarks = JSONObject()
        for stream in streams {
            bookmarks[stream] = ["last_record": .string(JSONString(pastTimestamp(now: now, random: &random)))]
        }
        return ["bookmarks": .object(bookmarks)]
    }

    private static func targetState(streams: [String], random: inout SplitMix64) -> JSONValue {
        var bookmarks = JSONObject()
        var summary = JSONObject()
        for stream in streams {
            var records: [JSONValue] = []
            var failures = 0
            for index in 0..<random.int(in: 1...3) {
                let failed = random.chance(0.25)
                if failed { failures += 1 }
                records.append([
                    "hash": .string(JSONString(random.token(length: 40, alphabet: SplitMix64.hexAlphabet))),
                    "success": .bool(!failed),
                    "id": failed ? .null : .string(JSONString(random.token(length: 18, alphabet: "0123456789ABCDEFabcdef"))),
                    "externalId": .string(JSONString("ext-\(stream.lowercased())-\(index + 1)")),
                    "error": failed ? "Required field is missing: Name" : .null,
                ])
            }
            bookmarks[stream] = .array(records)
            summary[stream] = [
                "success": .number(JSONNumber(records.count - failures)),
                "fail": .number(JSONNumber(failures)),
                "existing": 0,
                "updated": 0,
            ]
        }
        return ["bookmarks": .object(bookmarks), "summary": .object(summary)]
    }

    private static func pastTimestamp(now: Date, random: inout SplitMix64) -> String {
        HotglueTimestamp.string(now.addingTimeInterval(-Double(random.int(in: 3600...(30 * 86_400)))))
    }
}
