/// The active fault rules, changeable while the server runs (tests add rules between requests).
public final class FaultInjector: Sendable {
    private struct ActiveRule {
        let id: Int
        var rule: FaultRule
    }

    private struct Rules {
        var active: [ActiveRule] = []
        var nextID = 1
        var dice: SplitMix64
    }

    private let rules: Locked<Rules>

    init(seed: UInt64, rules initial: [FaultRule]) {
        var state = Rules(dice: SplitMix64(seed: seed, "faults"))
        for rule in initial {
            state.active.append(ActiveRule(id: state.nextID, rule: rule))
            state.nextID += 1
        }
        rules = Locked(state)
    }

    /// Adds a rule after the existing ones; returns its id for `remove(_:)`.
    @discardableResult
    public func add(_ rule: FaultRule) -> Int {
        rules.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.active.append(ActiveRule(id: id, rule: rule))
            return id
        }
    }

    public func remove(_ id: Int) {
        rules.withLock { state in state.active.removeAll { $0.id == id } }
    }

    public func removeAll() {
        rules.withLock { state in state.active.removeAll() }
    }

    /// The rules currently active (with what is left of their `times`).
    public var activeRules: [FaultRule] {
        rules.withLock { state in state.active.map(\.rule) }
    }

    /// Picks the faults for one request: every matching latency rule (they add up), then the first other matching
    /// rule. A rule counts against its `times` only when it fires; spent rules are removed.
    func faults(method: String, path: String) -> FaultDecision {
        rules.withLock { state in
            var decision = FaultDecision()
            var index = 0
            while index < state.active.count {
                let rule = state.active[index].rule
                let isLatency = if case .latency = rule.fault { true } else { false }
                guard rule.matches(method: method, path: path), isLatency || decision.answer == nil else {
                    index += 1
                    continue
                }
                guard rule.probability >= 1 || state.dice.chance(rule.probability) else {
                    index += 1
                    continue
                }
                if case .latency(let delay) = rule.fault {
                    decision.latency += delay
                } else {
                    decision.answer = rule.fault
                }
                if let times = rule.times {
                    if times <= 1 {
                        state.active.remove(at: index)
                        continue
                    }
                    state.active[index].rule.times = times - 1
                }
                index += 1
            }
            return decision
        }
    }
}

/// What the fault middleware must do to one request.
struct FaultDecision {
    var latency: Duration = .zero
    /// The fault that replaces or mangles the answer, if any.
    var answer: Fault?

    var logName: String? {
        var names: [String] = []
        if latency > .zero { names.append("latency") }
        if let answer { names.append(answer.logName) }
        return names.isEmpty ? nil : names.joined(separator: "+")
    }
}
