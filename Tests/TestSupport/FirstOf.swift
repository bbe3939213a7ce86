/// Thrown by `firstOf(_:orFailAfter:_:)` when what was awaited did not end in time.
public struct DidNotEndInTime: Error, CustomStringConvertible {
    public let what: String
    public var description: String { "\(what) did not end in time" }
}

/// What `value` gives, unless it takes longer than `limit`: then the test fails (instead of hanging) naming `what`.
/// A failure guard, not a timing check: `limit` is far from anything the test expects, and a wait the code under
/// test must not make (a 60 s Retry-After, a hanging poll) is far longer still.
public func firstOf<T: Sendable>(
    _ value: @autoclosure @escaping @Sendable () async -> T, orFailAfter limit: Duration, _ what: String
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { await value() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let ended = first else { throw DidNotEndInTime(what: what) }
        return ended
    }
}
