import HotglueModels
import Testing
@testable import GlueScript

/// Which exit code each kind of API failure ends a script command with: what scripts branch on.
@Suite("Exit codes of API failures")
struct ScriptExitTests {
    static func failure(_ category: APIError.Category, status: Int?, said: String? = nil) -> APIError {
        APIError(category: category, summary: "Hotglue answered \(status.map(String.init) ?? "nothing")", status: status,
                 serverMessage: said)
    }

    @Test("a 404 is not found (3)")
    func notFoundIsThree() {
        let exit = ScriptFailure(Self.failure(.notFound, status: 404)).exit
        #expect(exit == .notFound)
        #expect(exit.rawValue == 3)
    }

    @Test("a conflict, or a refused parallel job, is refused (4)")
    func conflictAndParallelJobAreFour() {
        let said = "A job is already running for salesforce; pass ignore_parallel_jobs to start another"
        for error in [Self.failure(.conflict, status: 409), Self.failure(.badRequest, status: 400, said: said)] {
            #expect(ScriptFailure(error).exit == .refused, "\(error)")
            #expect(ScriptFailure(error).exit.rawValue == 4)
        }
    }

    @Test("any other failure, a rejected key or another 400 included, is an API error (1)")
    func everythingElseIsOne() {
        let others: [APIError] = [
            Self.failure(.auth, status: 401), Self.failure(.forbidden, status: 403),
            Self.failure(.badRequest, status: 400, said: "start_date is not a date"),
            Self.failure(.rateLimited(retryAfter: .seconds(1)), status: 429), Self.failure(.server, status: 503),
            Self.failure(.transport, status: nil), Self.failure(.decoding, status: 200),
        ]
        for error in others {
            #expect(ScriptFailure(error).exit == .apiError, "\(error)")
        }
        #expect(ScriptExit.apiError.rawValue == 1)
    }
}
