import Foundation

/// The `--speed` of `gluetop emulator`: how many emulated seconds pass per wall second. Parsed here, beside the
/// clock it feeds, so the rule and its messages are tested without the executable.
public struct ClockSpeed: Sendable, Hashable {
    public let factor: Double

    /// "6", "60", "0.5". Refuses what is not a number, zero, negatives, infinity and NaN, saying which.
    public init(parsing text: String) throws(ClockSpeedError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let factor = Double(trimmed), !trimmed.isEmpty else { throw .notANumber(text) }
        guard factor.isFinite else { throw .notFinite(text) }
        guard factor > 0 else { throw .notPositive(text) }
        self.factor = factor
    }
}

/// Why a `--speed` value was refused.
public enum ClockSpeedError: Error, Equatable, CustomStringConvertible {
    case notANumber(String)
    case notFinite(String)
    case notPositive(String)

    public var description: String {
        switch self {
        case .notANumber(let text):
            "'\(text)' is not a number: give emulated seconds per wall second, e.g. 6 (an hour in 10 minutes)"
        case .notFinite(let text):
            "'\(text)' is not a finite number: give emulated seconds per wall second, e.g. 6"
        case .notPositive(let text):
            "'\(text)' must be greater than 0: the emulated clock has to move forward (1 is wall time)"
        }
    }
}
