@testable import GlueMCP
import HotglueModels
import LosslessJSON
import MCP
import Testing

/// gluetop's guards and the shapes of its answers, without a server: confirm on production and for destroying
/// tools, read-only refusals, argument errors that name the argument, masking on the way out.
@Suite("MCP guards, arguments and answers")
struct ToolGuardTests {
    private func refusal(_ guardrail: ChangeGuard, _ tool: ToolName, confirm: String?) -> ToolFailure? {
        do {
            try guardrail.check(ToolCatalog.spec(tool), tenant: "acme", connector: "salesforce", confirm: confirm)
            return nil
        } catch {
            return error
        }
    }

    @Test("production: every change needs confirm naming tenant/connector; reads never do")
    func production() {
        let prod = ChangeGuard(profile: "prod", readOnly: false, production: true)
        for tool in [ToolName.linkconnector, .updatelinkedconnector, .triggerdiscover, .setconnectorstate, .runjob,
                     .unlinkconnector, .deleteconnectorstate] {
            let missing = refusal(prod, tool, confirm: nil)
            #expect(missing?.category == .refused, "\(tool)")
            #expect(missing?.message.contains("production") == true, "\(tool)")
            #expect(missing?.whatToDo.contains("confirm: \"acme/salesforce\"") == true, "\(tool)")
            #expect(refusal(prod, tool, confirm: "acme/hubspot")?.category == .refused, "\(tool)")
            #expect(refusal(prod, tool, confirm: "prod")?.category == .refused, "\(tool)")
            #expect(refusal(prod, tool, confirm: "acme/salesforce") == nil, "\(tool)")
        }
        #expect(refusal(prod, .getconnectorstate, confirm: nil) == nil)
    }

    @Test("elsewhere only unlinking and deleting state need confirm")
    func destroyingTools() {
        let plain = ChangeGuard(profile: "dev", readOnly: false, production: false)
        #expect(refusal(plain, .unlinkconnector, confirm: nil)?.category == .refused)
        #expect(refusal(plain, .deleteconnectorstate, confirm: "acme")?.category == .refused)
        #expect(refusal(plain, .deleteconnectorstate, confirm: "acme/salesforce") == nil)
        #expect(refusal(plain, .setconnectorstate, confirm: nil) == nil)
        #expect(refusal(plain, .runjob, confirm: nil) == nil)
    }

    @Test("read-only: every changing tool is refused even when confirmed")
    func readOnly() {
        let readOnly = ChangeGuard(profile: "ro", readOnly: true, production: false)
        for spec in ToolCatalog.all where spec.safety != .reads {
            let failure = refusal(readOnly, spec.name, confirm: "acme/salesforce")
            #expect(failure?.category == .refused && failure?.message.contains("read-only") == true, "\(spec.name)")
        }
    }

    private func argumentError(_ tool: ToolName, _ arguments: [String: Value],
                               _ read: (ToolArguments) throws(ToolFailure) -> Void) -> ToolFailure? {
        do {
            try read(try ToolArguments(arguments, for: ToolCatalog.spec(tool)))
            return nil
        } catch {
            return error
        }
    }

    @Test("missing, mistyped and unknown arguments name the argument")
    func argumentErrors() {
        let missing = argumentError(.getconnectorstate, ["connector_id": "x"]) { args throws(ToolFailure) in _ = try args.tenant }
        #expect(missing?.category == .invalidInput && missing?.argument == "tenant")
        let mistyped = argumentError(.listjobs, ["tenant": "acme", "count": "five"]) { args throws(ToolFailure) in
            _ = try args.int("count", in: 1...200)
        }
        #expect(mistyped?.argument == "count" && mistyped?.message.contains("an integer, not a string") == true)
        let outside = argumentError(.listjobs, ["tenant": "acme", "count": 5000]) { args throws(ToolFailure) in
            _ = try args.int("count", in: 1...200)
        }
        #expect(outside?.argument == "count")
        let unknown = argumentError(.listtenants, ["tenat": "acme"]) { _ throws(ToolFailure) in }
        #expect(unknown?.argument == "tenat" && unknown?.message.contains("takes no argument") == true)
    }

    @Test("a state as JSON text keeps its numbers; invalid JSON, huge and masked states are refused")
    func stateArguments() throws {
        func state(_ value: Value) -> (JSONValue??, ToolFailure?) {
            do {
                let args = try ToolArguments(["state": value], for: ToolCatalog.spec(.setconnectorstate))
                return (try args.state("state"), nil)
            } catch {
                return (nil, error)
            }
        }
        let exact = state(.string(#"{"v": 12345678901234567890, "r": 1.10}"#)).0
        let exactText = exact.flatMap { $0 }.map { $0.compact() }
        #expect(exactText == #"{"v":12345678901234567890,"r":1.10}"#)
        let invalid = state(.string(#"{"bookmarks": }"#)).1
        #expect(invalid?.argument == "state" && invalid?.message.contains("line 1, column 15") == true)
        let huge = state(.object(["blob": .string(String(repeating: "x", count: ToolArguments.maxBodyBytes + 1))])).1
        #expect(huge?.argument == "state" && huge?.message.contains("bytes") == true)
        #expect(state(.object(["token": .string(SecretMasking.mask)])).1?.argument == "state")
        #expect(state(.null).0 == .some(nil))
        #expect(state(.array([])).1?.argument == "state")
    }

    @Test("answers are masked on the way out, structured content and text alike")
    func masking() {
        let success = ToolSuccess(
            structured: ["connectors": [["id": "hubspot", "config": ["client_secret": "s3cr3t-value-1", "region": "eu"]]]],
            text: "access_token=s3cr3t-value-2 for hubspot")
        let result = success.result
        let encoded = "\(result.structuredContent ?? .null) \(result.content)"
        #expect(!encoded.contains("s3cr3t-value-1") && !encoded.contains("s3cr3t-value-2"), "\(encoded)")
        #expect(encoded.contains("eu") && encoded.contains(SecretMasking.mask))
        #expect(result.isError == false)
    }

    @Test("a 429 is rate_limited and retryable after its Retry-After; a parallel job says ignore_parallel_jobs")
    func apiErrors() {
        let limited = ToolFailure(APIError(category: .rateLimited(retryAfter: .seconds(30)), summary: "rate limited (429)",
                                           status: 429))
        #expect(limited.category == .rateLimited && limited.retryable && limited.retryAfterSeconds == 30)
        #expect(limited.structured["retry_after_seconds"] == 30)
        #expect(limited.result.isError == true)
        let parallel = ToolFailure(APIError(category: .badRequest, summary: "bad request (400)", status: 400,
                                            serverMessage: "A job is already running for this connector"))
        #expect(parallel.category == .conflict && parallel.whatToDo.contains("ignore_parallel_jobs"))
        let missing = ToolFailure(APIError(category: .notFound, summary: "not found (404)", status: 404))
        #expect(missing.category == .notFound && !missing.retryable)
    }
}
