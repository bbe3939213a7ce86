import Foundation
import HotglueAPI
import Testing

@Suite("Retry policy")
struct RetryPolicyTests {
    let policy = RetryPolicy(
        maxAttempts: 6, baseDelay: .milliseconds(500), maxDelay: .seconds(8), maxTotalWait: .seconds(30),
        jitter: .fixed(0.5))

    @Test func backoffIsExponentialWithFullJitterAndACap() {
        #expect(policy.backoff(beforeRetry: 1) == .milliseconds(250))
        #expect(policy.backoff(beforeRetry: 2) == .milliseconds(500))
        #expect(policy.backoff(beforeRetry: 3) == .seconds(1))
        #expect(policy.backoff(beforeRetry: 6) == .seconds(4))
        #expect(policy.backoff(beforeRetry: 30) == .seconds(4))
        var zero = policy
        zero.jitter = .fixed(0)
        #expect(zero.backoff(beforeRetry: 3) == .zero)
    }

    @Test func idempotentMethodsRetryStatusesAndInterruptions() {
        for method in [HTTPMethod.get, .put, .delete] {
            for status in [423, 429, 500, 502, 503, 504] {
                #expect(policy.decision(method: method, failure: .status(status), attempt: 1, waited: .zero,
                    retryAfter: nil) == .retry(after: .milliseconds(250)))
            }
            #expect(policy.decision(method: method, failure: .interrupted, attempt: 1, waited: .zero,
                retryAfter: nil) == .retry(after: .milliseconds(250)))
        }
        for status in [400, 401, 403, 404, 409, 501] {
            #expect(policy.decision(method: .get, failure: .status(status), attempt: 1, waited: .zero,
                retryAfter: nil) == .giveUp)
        }
    }

    @Test func postAndPatchRetryOnlyWhatWasNeverCarriedOut() {
        for method in [HTTPMethod.post, .patch] {
            #expect(policy.decision(method: method, failure: .status(503), attempt: 1, waited: .zero,
                retryAfter: nil) == .giveUp)
            #expect(policy.decision(method: method, failure: .status(502), attempt: 1, waited: .zero,
                retryAfter: nil) == .giveUp)
            // A 429 is turned away unread: sent again after the wait the server asked for.
            #expect(policy.decision(method: method, failure: .status(429), attempt: 1, waited: .zero,
                retryAfter: .seconds(1)) == .retry(after: .seconds(1)))
            #expect(policy.decision(method: method, failure: .status(429), attempt: 6, waited: .zero,
                retryAfter: .seconds(1)) == .giveUp)
            #expect(policy.decision(method: method, failure: .interrupted, attempt: 1, waited: .zero,
                retryAfter: nil) == .giveUp)
            #expect(policy.decision(method: method, failure: .notSent, attempt: 1, waited: .zero,
                retryAfter: nil) == .retry(after: .milliseconds(250)))
        }
    }

    @Test func retryAfterIsHonouredAndBudgetsAreKept() {
        #expect(policy.decision(method: .get, failure: .status(429), attempt: 2, waited: .zero,
            retryAfter: .seconds(12)) == .retry(after: .seconds(12)))
        // The wait would pass the 30 s budget: give up now rather than sleep.
        #expect(policy.decision(method: .get, failure: .status(429), attempt: 2, waited: .seconds(20),
            retryAfter: .seconds(12)) == .giveUp)
        #expect(policy.decision(method: .get, failure: .status(500), attempt: 6, waited: .zero,
            retryAfter: nil) == .giveUp)
        #expect(RetryPolicy.never.decision(method: .get, failure: .status(500), attempt: 1, waited: .zero,
            retryAfter: nil) == .giveUp)
    }

    @Test func retryAfterParsesBothForms() throws {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.parse("2", now: now) == .seconds(2))
        #expect(RetryAfter.parse(" 1.5 ", now: now) == .milliseconds(1500))
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:49:40 GMT", now: now) == .seconds(3))
        #expect(RetryAfter.parse("Sunday, 06-Nov-94 08:49:47 GMT", now: now) == .seconds(10))
        #expect(RetryAfter.parse("Sun Nov  6 08:49:42 1994", now: now) == .seconds(5))
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero)
        #expect(RetryAfter.parse("soon", now: now) == nil)
        #expect(RetryAfter.parse("-3", now: now) == nil)
    }
}
