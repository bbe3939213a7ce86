import Foundation

/// Why a `--faults` rule was refused, naming the rule and what was expected.
public struct FaultRuleParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public let rule: String
    public let reason: String

    public var description: String { "fault rule \"\(rule)\": \(reason)" }
}

extension FaultInjector {
    /// Parses the CLI form: comma-separated rules `FAULT[@ROUTE][:OPTION]...`.
    ///
    /// FAULT: a status `400`…`599`, `latency=300ms` (ms or s; a bare number is ms), `drop` (before the request is
    /// handled), `dropafter` (after it is handled: the change is made, the answer lost), `truncate`, `html` or
    /// `html=502`, `malformed`. ROUTE: starting with `/` a path prefix, otherwise a path fragment; either ending
    /// in `$` must end the path (`discover$` is not `discover/poll`).
    /// OPTION: `retry=SECONDS` (Retry-After, statuses only), `times=N`, `p=0.1`, `method=GET`.
    /// Example: `429@/tenants:retry=2:times=3,500:p=0.1,latency=300ms,drop@linkedConnectors:times=1`.
    public static func parseRules(_ text: String) throws(FaultRuleParseError) -> [FaultRule] {
        var rules: [FaultRule] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ruleText = piece.trimmingCharacters(in: .whitespaces)
            if ruleText.isEmpty {
                if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                throw FaultRuleParseError(rule: ruleText, reason: "empty rule (check for a stray comma)")
            }
            rules.append(try FaultRuleText(ruleText).parse())
        }
        return rules
    }
}

/// One rule's text being parsed.
private struct FaultRuleText {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func parse() throws(FaultRuleParseError) -> FaultRule {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let head = parts[0]
        let faultText: String
        var route = RouteMatcher.any
        if let at = head.firstIndex(of: "@") {
            faultText = String(head[..<at])
            let routeText = String(head[head.index(after: at)...])
            guard !routeText.isEmpty else { throw fail("empty route after '@'") }
            route = try parseRoute(routeText)
        } else {
            faultText = head
        }
        var rule = FaultRule(try parseFault(faultText), route: route)
        for option in parts.dropFirst() {
            try apply(option: option, to: &rule)
        }
        return rule
    }

    private func parseFault(_ fault: String) throws(FaultRuleParseError) -> Fault {
        let (name, value) = split(fault)
        switch name.lowercased() {
        case "drop": try noValue(value, name); return .dropConnection
        case "dropafter": try noValue(value, name); return .dropAfterHandling
        case "truncate": try noValue(value, name); return .truncatedBody
        case "malformed": try noValue(value, name); return .malformedJSON
        case "html": return .htmlBody(try value.map { v throws(FaultRuleParseError) in try status(v) } ?? 502)
        case "latency":
            guard let value else { throw fail("latency needs a duration, e.g. latency=300ms") }
            return .latency(try duration(value))
        default:
            if value == nil, name.allSatisfy(\.isNumber) { return .status(try status(name), retryAfter: nil) }
            throw fail(
                "unknown fault \"\(fault)\" (expected a status like 429 or 503, latency=300ms, drop, dropafter, truncate, html[=502], malformed)"
            )
        }
    }

    /// `/v2` a prefix, `state` a fragment, `state$` the end of the path.
    private func parseRoute(_ text: String) throws(FaultRuleParseError) -> RouteMatcher {
        guard text.hasSuffix("$") else { return text.hasPrefix("/") ? .pathPrefix(text) : .pathContains(text) }
        let anchored = String(text.dropLast())
        guard !anchored.isEmpty else { throw fail("empty route before '$'") }
        return .pathSuffix(anchored)
    }

    private func apply(option: String, to rule: inout FaultRule) throws(FaultRuleParseError) {
        let (name, value) = split(option)
        guard let value, !value.isEmpty else { throw fail("option \"\(option)\" needs a value, e.g. times=3") }
        switch name.lowercased() {
        case "retry":
            guard case .status(let code, _) = rule.fault else { throw fail("retry= only applies to a status fault") }
            guard let seconds = Int(value), seconds >= 0 else { throw fail("retry= takes whole seconds, got \"\(value)\"") }
            rule.fault = .status(code, retryAfter: String(seconds))
        case "times":
            guard let times = Int(value), times > 0 else { throw fail("times= takes a positive count, got \"\(value)\"") }
            rule.times = times
        case "p":
            guard let probability = Double(value), probability > 0, probability <= 1 else {
                throw fail("p= takes a probability in (0, 1], got \"\(value)\"")
            }
            rule.probability = probability
        case "method":
            guard value.allSatisfy(\.isLetter) else { throw fail("method= takes an HTTP method, got \"\(value)\"") }
            rule.method = value.uppercased()
        default:
            throw fail("unknown option \"\(name)\" (expected retry=, times=, p= or method=)")
        }
    }

    private func status(_ text: String) throws(FaultRuleParseError) -> Int {
        guard let code = Int(text), (400...599).contains(code) else {
            throw fail("status must be 400-599, got \"\(text)\"")
        }
        return code
    }

    private func duration(_ text: String) throws(FaultRuleParseError) -> Duration {
        let lower = text.lowercased()
        let (number, scale): (Substring, Double) =
            if lower.hasSuffix("ms") { (lower.dropLast(2), 1) }
            else if lower.hasSuffix("s") { (lower.dropLast(1), 1000) }
            else { (Substring(lower), 1) }
        guard let value = Double(number), value >= 0, value.isFinite else {
            throw fail("bad duration \"\(text)\" (use e.g. 300ms or 2s)")
        }
        return .milliseconds(Int((value * scale).rounded()))
    }

    private func split(_ text: String) -> (String, String?) {
        guard let equals = text.firstIndex(of: "=") else { return (text, nil) }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    private func noValue(_ value: String?, _ name: String) throws(FaultRuleParseError) {
        if value != nil { throw fail("\(name) takes no value") }
    }

    private func fail(_ reason: String) -> FaultRuleParseError {
        FaultRuleParseError(rule: text, reason: reason)
    }
}
