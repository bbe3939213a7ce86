import HotglueModels

/// Why a script command stopped: the exit code scripts branch on and the one line for stderr.
public struct ScriptFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var exit: ScriptExit
    public var message: String

    public init(_ exit: ScriptExit, _ message: String) {
        self.exit = exit
        self.message = message
    }

    public var description: String { message }

    static func usage(_ message: String) -> ScriptFailure { ScriptFailure(.usage, message) }
    static func notFound(_ message: String) -> ScriptFailure { ScriptFailure(.notFound, message) }
    static func refused(_ message: String) -> ScriptFailure { ScriptFailure(.refused, message) }

    /// An API failure with the dashboard's words (`APIError.message`) and the exit code of its kind: 3 for a 404,
    /// 4 for a conflict or a refused parallel job, 1 for everything else (a rejected key included).
    public init(_ error: APIError) {
        self.init(Self.exitCode(for: error), error.message)
    }

    static func exitCode(for error: APIError) -> ScriptExit {
        switch error.category {
        case .notFound: return .notFound
        case .conflict, .refused: return .refused
        case .badRequest where refusesParallelJob(error): return .refused
        default: return .apiError
        }
    }

    /// Hotglue answers a second job while one runs with a 4xx whose wording is not documented [guess]; the
    /// emulator says "A job is already running …; pass ignore_parallel_jobs to start another".
    static func refusesParallelJob(_ error: APIError) -> Bool {
        let said = (error.serverMessage ?? "").lowercased()
        return said.contains("already running") || said.contains("parallel")
    }
}
