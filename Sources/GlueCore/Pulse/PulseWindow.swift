import typealias Foundation.TimeInterval

/// The pulse's window as written: `90m`, `6h`, `24h`, `7d` (a number and a unit of s, m, h or d).
public enum PulseWindow {
    public static let expected = "a window like 1h, 6h, 24h or 7d"

    public static func parse(_ text: String) -> TimeInterval? {
        let trimmed = text.lowercased()
        guard let unit = trimmed.last, let number = Double(trimmed.dropLast()), number > 0, number.isFinite else {
            return nil
        }
        switch unit {
        case "s": return number
        case "m": return number * 60
        case "h": return number * 3_600
        case "d": return number * 86_400
        default: return nil
        }
    }

    /// The way an on-call engineer says it: `24h` (not `1d`), `7d`, `90m`.
    public static func text(_ window: TimeInterval) -> String {
        let seconds = Int(window.rounded())
        if seconds % 86_400 == 0, seconds > 86_400 { return "\(seconds / 86_400)d" }
        if seconds % 3_600 == 0 { return "\(seconds / 3_600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}
