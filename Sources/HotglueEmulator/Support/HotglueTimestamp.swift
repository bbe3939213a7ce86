import Foundation

/// Hotglue's timestamp text: ISO-8601 in UTC with microseconds and an explicit offset,
/// `2022-01-19T15:30:11.731333+00:00`. Written by hand (civil-from-days) so it needs no formatter or locale.
enum HotglueTimestamp {
    static func string(_ date: Date) -> String {
        let parts = UTCParts(date)
        return "\(parts.datePart)T\(parts.timePart).\(pad(parts.microsecond, 6))+00:00"
    }

    /// The `YYYY/MM/4/DD/HH` middle of an `s3_root` (the literal `4` is as Hotglue documents it).
    static func s3Folder(_ date: Date) -> String {
        let parts = UTCParts(date)
        return "\(pad(parts.year, 4))/\(pad(parts.month, 2))/4/\(pad(parts.day, 2))/\(pad(parts.hour, 2))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// A date split into UTC calendar fields.
struct UTCParts {
    let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int

    init(_ date: Date) {
        let totalMicros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let micros = Int(((totalMicros % 1_000_000) + 1_000_000) % 1_000_000)
        let totalSeconds = (totalMicros - Int64(micros)) / 1_000_000
        let days = Int(UTCParts.floorDivide(totalSeconds, 86_400))
        let secondOfDay = Int(totalSeconds - Int64(days) * 86_400)
        (year, month, day) = UTCParts.civil(fromDays: days)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        microsecond = micros
    }

    var datePart: String {
        "\(HotglueTimestamp.pad(year, 4))-\(HotglueTimestamp.pad(month, 2))-\(HotglueTimestamp.pad(day, 2))"
    }

    var timePart: String {
        "\(HotglueTimestamp.pad(hour, 2)):\(HotglueTimestamp.pad(minute, 2)):\(HotglueTimestamp.pad(second, 2))"
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
