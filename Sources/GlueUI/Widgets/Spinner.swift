import struct Foundation.Date

/// A braille spinner that turns once per second of `model.now` (the clock subscription ticks every second while
/// something is running, and a frame is drawn only when something changed).
enum Spinner {
    static let frames: [Character] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func frame(at now: Date) -> String {
        let second = Int(now.timeIntervalSince1970.rounded(.down))
        return String(frames[((second % frames.count) + frames.count) % frames.count])
    }
}
