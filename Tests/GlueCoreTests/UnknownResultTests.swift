import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// A change sent whose answer never came (the connection dropped after sending, the answer cut short) is neither
/// failed nor done: the screen says "result unknown", keeps what was typed, and reads the list again to check.
@Suite("Changes of unknown result")
struct UnknownResultTests {
    typealias F = ChangeFixtures

    static var lostAnswer: APIError {
        var error = APIError.transport("the server closed the connection", origin: "127.0.0.1", operation: "run read job")
        error.requestMayHaveArrived = true
        return error
    }

    @Test("a job start whose answer was lost: result unknown, the form kept, the jobs list read again")
    func jobStart() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("r"), .tab, .character(" "))
        let effects = Fixtures.press(&model, .enter)
        guard case .runJob(let ref, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".runJob")
        }
        let answer = update(&model, .connectorChange(.jobStarted(ref, request, reopen: reopen, .failure(Self.lostAnswer),
                                                                 journalProblem: nil, at: Fixtures.at(30))))
        #expect(answer == [.refreshNow([.jobs("acme")])])
        let form = try #require(F.form(model))
        #expect(form.field("reset_source_state")?.value == .toggle(true))
        #expect(form.error?.hasPrefix("job of salesforce@acme: result unknown — sent, but no answer came") == true)
        #expect(model.activity.notice == form.error)
        #expect(form.error?.contains("not started") == false)
    }

    @Test("an unlink whose answer was lost is not 'still linked'; one that finds nothing says so and drops the row")
    func unlink() {
        var model = Fixtures.loaded()
        let ref = F.ref
        var effects = update(&model, .connectorChange(.unlinked(ref, .failure(Self.lostAnswer), journalProblem: nil,
                                                                at: Fixtures.at(30))))
        #expect(effects == [.refreshNow([.connectors("acme")])])
        #expect(model.activity.notice?.hasPrefix("unlink of salesforce@acme: result unknown") == true)
        #expect(model.connectors.all.contains { $0.id == ref.connector }, "the next read of the list decides")

        let gone = APIError(status: 404, errorBody: ErrorBody(code: "NotFoundError", message: "Connector salesforce is not linked"),
                            retryAfter: nil, origin: "127.0.0.1", operation: "unlink")
        effects = update(&model, .connectorChange(.unlinked(ref, .failure(gone), journalProblem: nil, at: Fixtures.at(31))))
        #expect(effects == [.refreshNow([.connectors("acme")])])
        #expect(model.activity.notice?.hasPrefix("unlink of salesforce@acme: not linked (anymore), nothing was unlinked") == true)
        #expect(!model.connectors.all.contains { $0.id == ref.connector })
    }

    @Test("an answer cut short is unknown too; a 503 is a plain failure")
    func whichErrorsAreUnknown() {
        #expect(APIError.decoding("cut short", origin: "h").leavesResultUnknown)
        #expect(APIError.cancelled().leavesResultUnknown)
        #expect(Self.lostAnswer.leavesResultUnknown)
        #expect(!Fixtures.error().leavesResultUnknown)
        #expect(!APIError(category: .refused, summary: "journal full").leavesResultUnknown)
        var refusedAfterDrop = APIError(category: .refused, summary: "busy")
        refusedAfterDrop.requestMayHaveArrived = true
        #expect(!refusedAfterDrop.leavesResultUnknown)
    }
}
