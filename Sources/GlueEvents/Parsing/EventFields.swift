import HotglueModels
import LosslessJSON

/// Tolerant reading of a webhook object's fields: the first of several spellings, strings or numbers' text, a
/// present-but-null field read as missing. Only the job details object is documented; the rest are guesses, so
/// the obvious variants are accepted.
struct EventFields {
    let object: JSONObject

    /// The first non-empty text among `keys`.
    func text(_ keys: String...) -> String? {
        for key in keys {
            switch object[key] {
            case .string(let string)? where !string.value.isEmpty: return string.value
            case .number(let number)?: return number.text
            default: continue
            }
        }
        return nil
    }

    /// Whether any of `keys` is present with a non-null value.
    func has(_ keys: String...) -> Bool {
        keys.contains { key in object[key].map { !$0.isNull } ?? false }
    }

    /// The first of `keys` that reads as a date (ISO-8601 text or epoch seconds).
    func date(_ keys: String...) -> Date? {
        for key in keys {
            if let value = object[key], let date = HotglueDate.date(from: value) { return date }
        }
        return nil
    }

    /// The tenant (`tenant`, `tenant_id`).
    var tenant: String? { text("tenant", "tenant_id") }

    /// The connector (`connector_id`, `connector`, `source_id`, or the id of a nested `connector` object).
    var connector: String? {
        if let id = text("connector_id", "connector", "source_id") { return id }
        if let nested = object["connector"]?.objectValue {
            return EventFields(object: nested).text("id", "connector_id")
        }
        return nil
    }

    /// When it happened (`timestamp`, `time`, `event_time`, `updated_at`, `last_updated`, `created_at`).
    var time: Date? { date("timestamp", "time", "event_time", "updated_at", "last_updated", "created_at") }
}

import struct Foundation.Date
