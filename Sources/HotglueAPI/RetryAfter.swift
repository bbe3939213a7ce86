import Foundation

/// Reads a `Retry-After` header in both of its forms: delta-seconds (`"2"`, tolerated: `"1.5"`) and an HTTP-date
/// (`"Sun, 06 Nov 1994 08:49:37 GMT"`, plus the obsolete RFC 850 and asctime forms). A date in the past means
/// "now". Unreadable values are ignored (nil), so the client falls back to its own backoff.
public enum RetryAfter {
    public static func parse(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let seconds = Double(text) {
            guard seconds.isFinite, seconds >= 0 else { return nil }
            return .milliseconds(Int64((min(seconds, 86_400) * 1000).rounded()))
        }
        guard let date = HTTPDate.parse(text) else { return nil }
        let seconds = date.timeIntervalSince(now)
        return seconds <= 0 ? .zero : .milliseconds(Int64((min(seconds, 86_400) * 1000).rounded(.up)))
    }
}

/// HTTP-date parsing without DateFormatter (not Sendable, locale-sensitive).
enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String) -> Date? {
        // Drop the weekday ("Sun," or "Sunday,") when there is a comma; asctime has none.
        var rest = Substring(text)
        if let comma = rest.firstIndex(of: ",") { rest = rest[rest.index(after: comma)...] }
        let parts = rest.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        var time: [Int]?
        for part in parts {
            if part.contains(":") {
                let fields = part.split(separator: ":").compactMap { Int($0) }
                if fields.count == 3 { time = fields }
            } else if let index = months.firstIndex(of: String(part.prefix(3)).lowercased()), part.count >= 3,
                Int(part) == nil
            {
                month = index + 1
            } else if let number = Int(part) {
                if part.count == 4 || number > 31 {
                    year = number
                } else if day == nil {
                    day = number
                } else {
                    year = number
                }
            }
        }
        guard let day, let month, var year, let time, (1...31).contains(day), time[0] < 24, time[1] < 60,
            time[2] <= 60
        else { return nil }
        // RFC 850's two-digit year.
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        components.hour = time[0]
        components.minute = time[1]
        components.second = time[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }
}
