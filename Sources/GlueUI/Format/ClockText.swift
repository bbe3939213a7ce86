import struct Foundation.Date

/// Times as the dashboard writes them, always in UTC and computed by hand: no formatter objects, no locale, no
/// time zone database, no clock (`model.now` is the only "now"), so frames are the same on every machine.
public enum ClockText {
    /// `12:03:44` (UTC).
    public static func timeOfDay(_ date: Date) -> String {
        let seconds = wholeSeconds(date.timeIntervalSince1970, .down)
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return twoDigits(ofDay / 3600) + ":" + twoDigits(ofDay / 60 % 60) + ":" + twoDigits(ofDay % 60)
    }

    /// A stopwatch: `0:41`, `12:05`, `1:02:03`.
    public static func stopwatch(_ seconds: Double) -> String {
        let total = max(0, wholeSeconds(seconds, .down))
        let hours = total / 3600, minutes = total / 60 % 60, rest = total % 60
        if hours > 0 { return "\(hours):" + twoDigits(minutes) + ":" + twoDigits(rest) }
        return "\(minutes):" + twoDigits(rest)
    }

    /// How long something took: `41s`, `2m41s`, `1h02m`, `3d04h`.
    public static func duration(_ seconds: Double) -> String {
        let total = max(0, wholeSeconds(seconds, .toNearestOrAwayFromZero))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" + twoDigits(total % 60) + "s" }
        if total < 86_400 { return "\(total / 3600)h" + twoDigits(total / 60 % 60) + "m" }
        return "\(total / 86_400)d" + twoDigits(total / 3600 % 24) + "h"
    }

    /// How long ago, coarsely: `now`, `12s ago`, `2m ago`, `3h ago`, `5d ago`. A date ahead of `now` (a server
    /// clock running fast) reads as `now`.
    public static func ago(_ date: Date, now: Date) -> String {
        let seconds = wholeSeconds(now.timeIntervalSince(date), .down)
        if seconds < 1 { return "now" }
        if seconds < 60 { return "\(seconds)s ago" }
        if seconds < 3600 { return "\(seconds / 60)m ago" }
        if seconds < 86_400 { return "\(seconds / 3600)h ago" }
        return "\(seconds / 86_400)d ago"
    }

    /// Whole seconds for any interval: the dates and durations come from the server, so they may be NaN,
    /// infinite, or beyond any Int. NaN counts as 0; the rest is clamped to ±9e18 s.
    private static func wholeSeconds(_ seconds: Double, _ rule: FloatingPointRoundingRule) -> Int {
        guard !seconds.isNaN else { return 0 }
        let limit = 9e18
        return Int(min(max(seconds.rounded(rule), -limit), limit))
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
