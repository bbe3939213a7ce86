import Foundation

extension WebhookFaultInjector {
    /// Parses `--webhook-faults`: comma-separated `FAULT[@KIND][:OPTION]...`, FAULT one of `duplicate`, `reorder`,
    /// `delay=2s` (ms or s; a bare number is ms), `drop`, `missign`; KIND `job`, `discover` or `connection`;
    /// OPTION `times=N` or `p=0.1`. Example: `duplicate:p=0.2,drop@discover:times=1,delay=500ms:times=3`.
    public static func parseRules(_ text: String) throws(FaultRuleParseError) -> [WebhookFaultRule] {
        var rules: [WebhookFaultRule] = []
        for piece in text.split(separator: ",") {
            let ruleText = piece.trimmingCharacters(in: .whitespaces)
            guard !ruleText.isEmpty else { continue }
            rules.append(try parseRule(ruleText))
        }
        return rules
    }

    private static func parseRule(_ text: String) throws(FaultRuleParseError) -> WebhookFaultRule {
        func fail(_ reason: String) -> FaultRuleParseError { FaultRuleParseError(rule: text, reason: reason) }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var head = parts[0]
        var kind: WebhookKind?
        if let at = head.firstIndex(of: "@") {
            let kindText = String(head[head.index(after: at)...])
            guard let parsed = WebhookKind(rawValue: kindText.lowercased()) else {
                throw fail("unknown event kind \"\(kindText)\" (expected job, discover or connection)")
            }
            kind = parsed
            head = String(head[..<at])
        }
        let (name, value) = split(head)
        let fault: WebhookFault
        switch name.lowercased() {
        case "duplicate": fault = .duplicate
        case "reorder": fault = .reorder
        case "drop": fault = .drop
        case "missign": fault = .missign
        case "delay":
            guard let value, let delay = duration(value) else { throw fail("delay needs a duration, e.g. delay=2s or delay=300ms") }
            fault = .delay(delay)
        default:
            throw fail("unknown webhook fault \"\(name)\" (expected duplicate, reorder, delay=2s, drop or missign)")
        }
        if value != nil, name.lowercased() != "delay" { throw fail("\(name) takes no value") }
        var rule = WebhookFaultRule(fault, kind: kind)
        for option in parts.dropFirst() {
            let (optionName, optionValue) = split(option)
            switch (optionName.lowercased(), optionValue) {
            case ("times", let value?):
                guard let times = Int(value), times > 0 else { throw fail("times= takes a positive count, got \"\(value)\"") }
                rule.times = times
            case ("p", let value?):
                guard let probability = Double(value), probability > 0, probability <= 1 else {
                    throw fail("p= takes a probability in (0, 1], got \"\(value)\"")
                }
                rule.probability = probability
            default:
                throw fail("unknown option \"\(option)\" (expected times=N or p=PROBABILITY)")
            }
        }
        return rule
    }

    private static func split(_ text: String) -> (String, String?) {
        guard let equals = text.firstIndex(of: "=") else { return (text, nil) }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    private static func duration(_ text: String) -> Duration? {
        let lower = text.lowercased()
        let (number, scale): (Substring, Double) =
            if lower.hasSuffix("ms") { (lower.dropLast(2), 1) }
            else if lower.hasSuffix("s") { (lower.dropLast(1), 1000) }
            else { (Substring(lower), 1) }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        return .milliseconds(Int((value * scale).rounded()))
    }
}
