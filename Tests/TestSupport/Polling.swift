/// Waits for a condition: checks it, and between checks pauses `interval` (the one pause between polls in the
/// suite's async waits). Returns whether it held before `timeout` passed; the caller says what it waited for.
/// A failure guard, not a timing check: `timeout` is far longer than the condition needs.
public func poll(upTo timeout: Duration, every interval: Duration = .milliseconds(20),
                 until condition: () async throws -> Bool) async rethrows -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: interval)
    }
    return try await condition()
}
