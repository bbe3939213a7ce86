import Testing

/// Ends a test that met another enum case than the one it goes on with, recording a failure that names the case
/// which came instead. For the `else` of a `guard case`, where `try #require(…)` alone only checks for nil:
///
///     let effect = try #require(effects.first)
///     guard case .openEditor(let request) = effect else { try wrongCase(effect, expected: ".openEditor") }
public func wrongCase(
    _ got: Any?, expected: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> Never {
    let matched = false
    try #require(matched, "expected \(expected), got \(got.map { String(describing: $0) } ?? "nil")",
                 sourceLocation: sourceLocation)
    preconditionFailure("#require(false) always throws")
}
