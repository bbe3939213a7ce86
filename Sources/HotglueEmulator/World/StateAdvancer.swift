import Foundation
import LosslessJSON

/// Moves a connector's bookmarks forward when a read job completes, so the state visibly changes. Everything else
/// in the state (other keys, number text, key order) is left exactly as it was.
enum StateAdvancer {
    static func advanced(
        _ state: JSONValue?, streams: [(definition: StreamDefinition, rows: Int)], completedAt: Date
    ) -> JSONValue {
        let timestamp = JSONValue.string(JSONString(HotglueTimestamp.string(completedAt)))
        var root = state?.objectValue ?? JSONObject()
        var bookmarks = root["bookmarks"]?.objectValue ?? JSONObject()
        for (stream, rows) in streams {
            if var bookmark = bookmarks[stream.name]?.objectValue {
                if let current = bookmark["replication_key_value"] {
                    bookmark["replication_key_value"] = advancedValue(current, timestamp: timestamp, by: rows)
                } else if bookmark["last_record"] != nil {
                    bookmark["last_record"] = timestamp
                } else {
                    continue
                }
                bookmarks[stream.name] = .object(bookmark)
            } else if bookmarks[stream.name] == nil, let key = stream.replicationKey {
                bookmarks[stream.name] = ["replication_key": .string(JSONString(key)), "replication_key_value": timestamp]
            }
        }
        root["bookmarks"] = .object(bookmarks)
        return .object(root)
    }

    /// Timestamps move to the completion time; integer keys grow by the rows synced (in decimal text, so values
    /// beyond 64 bits stay exact); decimals are left alone.
    private static func advancedValue(_ current: JSONValue, timestamp: JSONValue, by rows: Int) -> JSONValue {
        switch current {
        case .string:
            return timestamp
        case .number(let number):
            guard number.text.allSatisfy(\.isASCIIDigit), let sum = DecimalText.add(number.text, rows),
                  let result = JSONNumber(text: sum)
            else { return current }
            return .number(result)
        default:
            return current
        }
    }
}

/// Addition on non-negative integers written in decimal, of any length.
enum DecimalText {
    static func add(_ text: String, _ amount: Int) -> String? {
        guard amount >= 0, !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { return nil }
        var digits = text.utf8.map { Int($0) - 48 }
        var carry = amount
        var index = digits.count - 1
        while carry > 0 {
            if index < 0 {
                digits.insert(0, at: 0)
                index = 0
            }
            let sum = digits[index] + carry
            digits[index] = sum % 10
            carry = sum / 10
            index -= 1
        }
        return String(digits.map { Character(String($0)) })
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
