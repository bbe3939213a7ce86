import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// The newest timestamp among a Singer state's bookmark values (`replication_key_value`, a partition's cursor, a
/// `progress_markers` value): how far the connector has read. Found once when the state arrives, so the frame
/// never walks a 5 MB state. Only strings that look like ISO 8601 (`2024-05-01…`) count: integer cursors and ids
/// say nothing about time.
public enum NewestBookmark {
    public static func find(in state: JSONValue?) -> Date? {
        guard let state else { return nil }
        var newest: Date?
        visit(state, into: &newest)
        return newest
    }

    private static func visit(_ value: JSONValue, into newest: inout Date?) {
        switch value {
        case .object(let object):
            for (_, member) in object { visit(member, into: &newest) }
        case .array(let array):
            for element in array { visit(element, into: &newest) }
        case .string(let string):
            let text = string.value
            guard looksLikeDate(text), let date = HotglueDate.parse(text) else { return }
            if newest.map({ date > $0 }) ?? true { newest = date }
        default:
            break
        }
    }

    /// `YYYY-MM-DD` at the start, and not longer than a timestamp with an offset.
    private static func looksLikeDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count >= 10, text.utf8.count <= 40 else { return false }
        func digit(_ index: Int) -> Bool { (48...57).contains(bytes[index]) }
        return digit(0) && digit(1) && digit(2) && digit(3) && bytes[4] == 45 && digit(5) && digit(6) && bytes[7] == 45
            && digit(8) && digit(9)
    }
}
