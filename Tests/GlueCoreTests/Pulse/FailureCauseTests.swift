import GlueCore
import Testing

/// The same error with different ids, counts and names groups under one cause.
@Suite struct FailureCauseTests {
    @Test func idsCountsAndQuotedNamesGroupTogether() {
        let a = FailureCause.normalized("Timeout after 30s reading 'Account' (job 37g_DK)")
        let b = FailureCause.normalized("Timeout after 45s reading 'Contact' (job 9f_x1)")
        #expect(a == "Timeout after # reading '…' (job #)")
        #expect(a == b)
    }

    @Test func differentErrorsStayApart() {
        #expect(FailureCause.normalized("401 Unauthorized: token expired")
                    != FailureCause.normalized("429 Too Many Requests: retry later"))
    }

    @Test func theFirstLineThatSaysSomethingIsTheCause() {
        #expect(FailureCause.firstLine("\n   \nINVALID_SESSION_ID: Session expired\n  at line 4") == "INVALID_SESSION_ID: Session expired")
        #expect(FailureCause.normalized("  \n ") == nil)
        #expect(FailureCause.normalized(nil) == nil)
    }

    @Test func aPythonTracebackIsKnownByItsLastLine() {
        let trace = """
            Traceback (most recent call last):
              File "/app/hotglue/sync.py", line 88, in sync
                raise RateLimited(response)
            tap_hubspot.RateLimited: 429 Too Many Requests from hubspot.com
            """
        #expect(FailureCause.firstLine(trace) == "tap_hubspot.RateLimited: 429 Too Many Requests from hubspot.com")
        #expect(FailureCause.normalized(trace) == "tap_hubspot.RateLimited: # Too Many Requests from hubspot.com")
    }

    @Test func aLongCauseIsCut() {
        let long = String(repeating: "word ", count: 100)
        #expect(FailureCause.firstLine(long)!.count == FailureCause.maximumLength)
    }
}
