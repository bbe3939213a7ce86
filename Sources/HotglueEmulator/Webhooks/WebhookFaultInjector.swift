/// The active delivery fault rules, changeable while the emulator runs (`/_emulator/webhooks/faults`, tests).
public final class WebhookFaultInjector: Sendable {
    private struct ActiveRule {
        let id: Int
        var rule: WebhookFaultRule
    }

    private struct Rules {
        var active: [ActiveRule] = []
        var nextID = 1
        var dice: SplitMix64
    }

    private let rules: Locked<Rules>

    init(seed: UInt64, rules initial: [WebhookFaultRule]) {
        rules = Locked(Rules(dice: SplitMix64(seed: seed, "webhook-faults")))
        for rule in initial { add(rule) }
    }

    /// Adds a rule; returns its id for `remove(_:)`.
    @discardableResult
    public func add(_ rule: WebhookFaultRule) -> Int {
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

    /// The rules still active (with what is left of their `times`).
    public var activeRules: [WebhookFaultRule] {
        rules.withLock { state in state.active.map(\.rule) }
    }

    /// The faults for one delivery. A rule counts against its `times` only when it fires; spent rules go.
    func decide(kind: WebhookKind) -> WebhookFaultDecision {
        rules.withLock { state in
            var decision = WebhookFaultDecision()
            var index = 0
            while index < state.active.count {
                let rule = state.active[index].rule
                guard rule.kind == nil || rule.kind == kind,
                      rule.probability >= 1 || state.dice.chance(rule.probability)
                else {
                    index += 1
                    continue
                }
                switch rule.fault {
                case .duplicate: decision.duplicate = true
                case .reorder: decision.reorder = true
                case .delay(let delay): decision.delay += delay
                case .drop: decision.drop = true
                case .missign: decision.missign = true
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
