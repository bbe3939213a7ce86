import HotglueEmulator
import Testing

@Suite("--webhook-faults parsing")
struct WebhookFaultRuleParsingTests {
    @Test("the documented example and each fault")
    func forms() throws {
        #expect(try WebhookFaultInjector.parseRules("duplicate:p=0.2,drop@discover:times=1,delay=500ms:times=3") == [
            WebhookFaultRule(.duplicate, probability: 0.2),
            WebhookFaultRule(.drop, kind: .discover, times: 1),
            WebhookFaultRule(.delay(.milliseconds(500)), times: 3),
        ])
        #expect(try WebhookFaultInjector.parseRules("reorder@job, missign@connection, delay=2s") == [
            WebhookFaultRule(.reorder, kind: .job),
            WebhookFaultRule(.missign, kind: .connection),
            WebhookFaultRule(.delay(.seconds(2))),
        ])
        #expect(try WebhookFaultInjector.parseRules("") == [])
    }

    @Test("mistakes are refused, naming the rule and what is expected")
    func mistakes() {
        for (text, words) in [
            ("explode", "expected duplicate, reorder, delay=2s, drop or missign"),
            ("drop@tenant", "expected job, discover or connection"),
            ("delay", "delay needs a duration"),
            ("drop=3", "takes no value"),
            ("duplicate:times=0", "positive count"),
            ("duplicate:p=2", "probability in (0, 1]"),
            ("duplicate:when=now", "expected times=N or p=PROBABILITY"),
        ] {
            #expect(throws: FaultRuleParseError.self, "\(text)") { try WebhookFaultInjector.parseRules(text) }
            do {
                _ = try WebhookFaultInjector.parseRules(text)
            } catch {
                #expect(error.description.contains(words), "\(text): \(error.description)")
                #expect(error.description.contains(text))
            }
        }
    }
}
