/// The progress of a `--wait` on stderr: on a terminal one line redrawn in place with `\r`; when piped a plain line
/// each time the status changes (not every tick, so a log stays readable).
final class ProgressLine {
    private let output: any ScriptOutput
    private var lastStatus: String?
    private var drawn = false

    init(_ output: any ScriptOutput) {
        self.output = output
    }

    /// `status` is what counts as a change for piped output; `text` is the full line (with elapsed time).
    func update(status: String, text: String) {
        if output.isTerminal {
            output.write("\r" + text + "\u{1B}[K")
            drawn = true
        } else if status != lastStatus {
            output.write(text + "\n")
        }
        lastStatus = status
    }

    /// Ends a redrawn line so what follows starts on its own.
    func finish() {
        if drawn { output.write("\n") }
        drawn = false
    }

    /// `[####------]` for a fraction 0...1.
    static func bar(_ fraction: Double, width: Int = 10) -> String {
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    static func seconds(_ duration: Duration) -> String {
        "\(duration.components.seconds)s"
    }
}
