import Foundation
import LosslessJSON

/// Reads the API's timestamps. The documented form is ISO-8601 with microseconds and an offset
/// (`2022-01-19T15:30:11.731333+00:00`); tolerated too: `Z`, no fraction, a space for `T`, `+0000`, no offset (read
/// as UTC), a bare date, and epoch seconds or milliseconds as a number. Parsed by hand: no formatter objects,
/// no locale, safe from any task.
public enum HotglueDate {
    public static func parse(_ text: String) -> Date? {
        var scanner = DateScanner(Array(text.trimmingSpaces.utf8))
        return scanner.parseDate()
    }

    /// A date from a JSON value: an ISO-8601 string, or epoch seconds (milliseconds when the number is too large
    /// for seconds of this era).
    public static func date(from value: JSONValue) -> Date? {
        switch value {
        case .string(let string):
            if let date = parse(string.value) { return date }
            return Double(string.value.trimmingSpaces).flatMap(epochDate)
        case .number(let number):
            return number.doubleValue.flatMap(epochDate)
        default:
            return nil
        }
    }

    /// The documented wire form, in UTC with microseconds: `2022-01-19T15:30:11.731333+00:00`.
    public static func format(_ date: Date) -> String {
        let totalMicros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let micros = Int(((totalMicros % 1_000_000) + 1_000_000) % 1_000_000)
        let seconds = (totalMicros - Int64(micros)) / 1_000_000
        let days = Int(floorDiv(seconds, 86_400))
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "." + pad(micros, 6) + "+00:00"
    }

    private static func epochDate(_ value: Double) -> Date? {
        guard value.isFinite, value >= 0 else { return nil }
        // 1e11 seconds is the year 5138: a larger number is milliseconds.
        let seconds = value > 1e11 ? value / 1000 : value
        // After 9999-12-31, the last day a timestamp with a 4-digit year names, it is no date (1e300 ms was one).
        guard seconds < latestEpochSeconds else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// 10000-01-01T00:00:00Z.
    static let latestEpochSeconds = 253_402_300_800.0

    private static func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// Days since 1970-01-01 to and from a proleptic Gregorian date (Howard Hinnant's algorithms).
enum CivilCalendar {
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A cursor over an ISO-8601-like timestamp's bytes.
private struct DateScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDate() -> Date? {
        guard let year = digits(4), take("-"), let month = digits(2), take("-"), let day = digits(2),
            (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        var seconds = Double(CivilCalendar.days(year: year, month: month, day: day)) * 86_400
        if atEnd { return Date(timeIntervalSince1970: seconds) }
        guard take("T") || take("t") || take(" ") else { return nil }
        guard let hour = digits(2), take(":"), let minute = digits(2), hour < 24, minute < 60 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if take(":") {
            guard let second = digits(2), second <= 60 else { return nil }
            seconds += Double(second)
            if take(".") || take(",") {
                guard let fraction = fraction() else { return nil }
                seconds += fraction
            }
        }
        guard let offset = zoneOffset(), atEnd else { return nil }
        return Date(timeIntervalSince1970: seconds - Double(offset))
    }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += count
        return value
    }

    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value += Double(bytes[index] - UInt8(ascii: "0")) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }

    /// Seconds east of UTC; no zone at all means UTC.
    mutating func zoneOffset() -> Int? {
        if atEnd || take("Z") || take("z") { return 0 }
        let sign: Int
        if take("+") {
            sign = 1
        } else if take("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(2), hours <= 23 else { return nil }
        if atEnd { return sign * hours * 3600 }
        _ = take(":")
        guard let minutes = digits(2), minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
