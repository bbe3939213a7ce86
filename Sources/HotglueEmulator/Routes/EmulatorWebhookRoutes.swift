import Hummingbird
import LosslessJSON

/// `/_emulator/webhooks`: the webhook sender's counts and delivery faults (with `--webhook`; otherwise 404).
///
/// - `GET /_emulator/webhooks`: where they go, what was queued, delivered, refused, failed, dropped, and the faults
///   applied and still active.
/// - `POST /_emulator/webhooks/faults` with `{"rules": "duplicate:times=1,drop@discover"}` (the `--webhook-faults`
///   form): adds rules, answers their ids.
/// - `DELETE /_emulator/webhooks/faults`: removes every rule.
struct EmulatorWebhookRoutes {
    let routes: EmulatorRoutes

    func register(on router: RouteRegistrar) {
        router.get("/_emulator/webhooks") { _, _ in
            let sender = try webhooks()
            return EmulatorRoutes.json(Self.json(sender.stats, rules: sender.faults.activeRules))
        }
        router.post("/_emulator/webhooks/faults") { request, _ in
            let faults = try webhooks().faults
            var request = request
            let body = BodyFields(object: try await request.jsonObjectBody())
            let rules: [WebhookFaultRule]
            do {
                rules = try WebhookFaultInjector.parseRules(try body.requiredString("rules"))
            } catch let error as FaultRuleParseError {
                throw ChaliceError.badRequest(error.description)
            }
            let ids = rules.map { faults.add($0) }
            return EmulatorRoutes.json(["ids": .array(ids.map { .number(JSONNumber($0)) })])
        }
        router.delete("/_emulator/webhooks/faults") { _, _ in
            try webhooks().faults.removeAll()
            return EmulatorRoutes.json(["removed": true])
        }
    }

    private func webhooks() throws -> WebhookSender {
        guard let sender = routes.webhookSender else {
            throw ChaliceError.notFound("This emulator sends no webhooks (start it with --webhook URL)")
        }
        return sender
    }

    private static func json(_ stats: WebhookDeliveryStats, rules: [WebhookFaultRule]) -> JSONValue {
        func number(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
        var refused = JSONObject()
        for (status, count) in stats.answeredNon2xx.sorted(by: { $0.key < $1.key }) { refused[String(status)] = number(count) }
        var faults = JSONObject()
        for (name, count) in stats.faults.sorted(by: { $0.key < $1.key }) { faults[name] = number(count) }
        return [
            "queued": number(stats.queued),
            "waiting": number(stats.waiting),
            "dropped_backlog": number(stats.droppedBacklog),
            "delivered": number(stats.delivered),
            "answered_non_2xx": .object(refused),
            "failed": number(stats.failed),
            "faults_applied": .object(faults),
            "active_rules": .array(rules.map { rule -> JSONValue in
                var object: JSONObject = ["fault": .string(JSONString(rule.fault.name))]
                if case .delay(let delay) = rule.fault { object["delay_ms"] = number(Int(delay.seconds * 1000)) }
                if let kind = rule.kind { object["kind"] = .string(JSONString(kind.rawValue)) }
                if let times = rule.times { object["times"] = number(times) }
                if rule.probability < 1 { object["p"] = .number(JSONNumber(rule.probability)) }
                return .object(object)
            }),
        ]
    }
}
