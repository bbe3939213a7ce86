import HotglueEmulator
import Testing

@Suite("CLI fault-rule parsing")
struct FaultRuleParsingTests {
    @Test("the documented examples parse")
    func documentedExamples() throws {
        let rules = try FaultInjector.parseRules(
            "429@/tenants:retry=2:times=3,500:p=0.1,latency=300ms,drop@linkedConnectors:times=1,html=502,truncate,malformed")
        #expect(rules == [
            FaultRule(.status(429, retryAfter: "2"), route: .pathPrefix("/tenants"), times: 3),
            FaultRule(.status(500), probability: 0.1),
            FaultRule(.latency(.milliseconds(300))),
            FaultRule(.dropConnection, route: .pathContains("linkedConnectors"), times: 1),
            FaultRule(.htmlBody(502)),
            FaultRule(.truncatedBody),
            FaultRule(.malformedJSON),
        ])
    }

    @Test("more forms: seconds, bare html, methods, spaces, empty input")
    func moreForms() throws {
        #expect(try FaultInjector.parseRules("latency=2s") == [FaultRule(.latency(.seconds(2)))])
        #expect(try FaultInjector.parseRules("latency=1.5s") == [FaultRule(.latency(.milliseconds(1500)))])
        #expect(try FaultInjector.parseRules("latency=250") == [FaultRule(.latency(.milliseconds(250)))])
        #expect(try FaultInjector.parseRules("html") == [FaultRule(.htmlBody(502))])
        #expect(try FaultInjector.parseRules("503@/v2:method=post") == [FaultRule(.status(503), route: .pathPrefix("/v2"), method: "POST")])
        #expect(try FaultInjector.parseRules(" 429 , drop ") == [FaultRule(.status(429)), FaultRule(.dropConnection)])
        #expect(try FaultInjector.parseRules("") == [])
        #expect(try FaultInjector.parseRules("dropafter@jobs$:method=POST")
                == [FaultRule(.dropAfterHandling, route: .pathSuffix("jobs"), method: "POST")])
        #expect(try FaultInjector.parseRules("latency=5s@/v2$") == [FaultRule(.latency(.seconds(5)), route: .pathSuffix("/v2"))])
    }

    @Test("bad rules are refused with an error naming the rule and the problem", arguments: [
        ("teapot", #"fault rule "teapot": unknown fault "teapot" (expected a status like 429 or 503, latency=300ms, drop, dropafter, truncate, html[=502], malformed)"#),
        ("200", #"fault rule "200": status must be 400-599, got "200""#),
        ("html=700", #"fault rule "html=700": status must be 400-599, got "700""#),
        ("latency", #"fault rule "latency": latency needs a duration, e.g. latency=300ms"#),
        ("latency=fast", #"fault rule "latency=fast": bad duration "fast" (use e.g. 300ms or 2s)"#),
        ("429:times=0", #"fault rule "429:times=0": times= takes a positive count, got "0""#),
        ("429:p=2", #"fault rule "429:p=2": p= takes a probability in (0, 1], got "2""#),
        ("drop:retry=2", #"fault rule "drop:retry=2": retry= only applies to a status fault"#),
        ("429:retry=soon", #"fault rule "429:retry=soon": retry= takes whole seconds, got "soon""#),
        ("429:colour=red", #"fault rule "429:colour=red": unknown option "colour" (expected retry=, times=, p= or method=)"#),
        ("429:times", #"fault rule "429:times": option "times" needs a value, e.g. times=3"#),
        ("429@", #"fault rule "429@": empty route after '@'"#),
        ("429@$", #"fault rule "429@$": empty route before '$'"#),
        ("dropafter=1", #"fault rule "dropafter=1": dropafter takes no value"#),
        ("drop=1", #"fault rule "drop=1": drop takes no value"#),
        ("429,,500", #"fault rule "": empty rule (check for a stray comma)"#),
    ])
    func badRules(text: String, message: String) {
        #expect {
            try FaultInjector.parseRules(text)
        } throws: { error in
            (error as? FaultRuleParseError)?.description == message
        }
    }
}
