import HotglueModels

/// What a failed job's message says, as one line under which the same error groups across ids, tenants and times:
/// the first line that says something, quoted text as `'…'`, and every word that holds a digit (an id, a count, a
/// time, a port) as `#`. "Timeout after 30s reading 'Account' (job 37g_DK)" and "Timeout after 45s reading
/// 'Contact' (job 9f_x1)" are both "Timeout after # reading '…' (job #)".
public enum FailureCause {
    /// Longer causes are cut here: past this they are details, not the cause.
    public static let maximumLength = 160

    /// The line that says what went wrong: the first that says something, except in a Python traceback (Hotglue's
    /// `error` is often one), whose first line is "Traceback (most recent call last):" and whose last line is the
    /// exception.
    public static func firstLine(_ message: String?) -> String? {
        guard let message else { return nil }
        let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
        if let first = lines.first, first.hasPrefix("Traceback (most recent call last)"), let last = lines.last, lines.count > 1 {
            return String(last.prefix(maximumLength))
        }
        for line in message.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: " \t")
            if !trimmed.isEmpty { return String(trimmed.prefix(maximumLength)) }
        }
        return nil
    }

    /// The grouping key of a message; nil when the message says nothing.
    public static func normalized(_ message: String?) -> String? {
        guard let line = firstLine(message) else { return nil }
        var result = ""
        var word = ""
        var quote: Character?
        func endWord() {
            guard !word.isEmpty else { return }
            result += word.contains(where: \.isNumber) ? "#" : word
            word = ""
        }
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "'" || character == "\"" || character == "`" {
                endWord()
                quote = character
                result += "'…'"
            } else if character.isLetter || character.isNumber || "_-.:/".contains(character) {
                word.append(character)
            } else {
                endWord()
                result.append(character)
            }
        }
        endWord()
        return result
    }
}

extension Job {
    /// A failed job's cause as the jobs table, the log rule and the pulse show it: the first line of Hotglue's
    /// error (else its message), masked. Nil for a job that did not fail or said nothing.
    public var failureLine: String? {
        guard status.isFailure else { return nil }
        return FailureCause.firstLine(failureText).map { SecretMasking.maskText($0) }
    }

    /// What a failed job says about it: Hotglue's message (for people), else its error (often a traceback).
    public var failureText: String? {
        if let message, !message.isEmpty { return message }
        if let error, !error.isEmpty { return error }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var text = self
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return text
    }
}
