import Foundation
import GlueCore
import GlueUI
import HotglueModels
import LosslessJSON

/// `gluetop pulse`'s answer: the same sections as the dashboard's pulse, as JSON (times in ISO 8601, ages in
/// seconds) or as a table per section.
enum PulseReport {
    static func json(_ summary: PulseSummary, data: PulseData, now: Date, window: Double) -> JSONValue {
        func time(_ date: Date?) -> JSONValue { date.map { JSONValue(HotglueDate.format($0)) } ?? .null }
        func age(_ date: Date?) -> JSONValue { date.map { JSONValue(Int(now.timeIntervalSince($0).rounded())) } ?? .null }
        func heard(_ tenant: TenantID) -> JSONObject {
            let pulse = data[tenant]
            return ["checked_at": time(pulse?.checkedAt), "webhook_at": time(pulse?.eventAt),
                    "news_age_seconds": age(pulse?.heardAt)]
        }
        func job(_ job: PulseJob) -> JSONValue {
            var object: JSONObject = ["tenant": JSONValue(job.tenant.rawValue), "job_id": JSONValue(job.id),
                                      "status": JSONValue(job.status.rawValue), "started": time(job.started),
                                      "updated": time(job.updated)]
            object["connector"] = job.connector.map { JSONValue($0.rawValue) } ?? .null
            object["job_root"] = job.root.map { JSONValue($0.rawValue) } ?? .null
            if let message = job.message { object["message"] = JSONValue(message) }
            if let started = job.started, !job.status.isTerminal {
                object["running_seconds"] = JSONValue(Int(now.timeIntervalSince(started).rounded()))
            }
            for (key, value) in heard(job.tenant) { object[key] = value }
            return .object(object)
        }
        let failing = summary.failures.map { group -> JSONValue in
            var object: JSONObject = [
                "cause": JSONValue(group.cause), "count": JSONValue(group.count),
                "first_seen": time(group.firstSeen), "last_seen": time(group.lastSeen),
                "tenants": .array(group.tenants.map { JSONValue($0.rawValue) }), "newest": job(group.newest),
            ]
            object["connector"] = group.connector.map { JSONValue($0.rawValue) } ?? .null
            return .object(object)
        }
        let connectors = summary.connectors.map { pulse -> JSONValue in
            var object: JSONObject = ["connector": JSONValue(pulse.connector.rawValue), "jobs": JSONValue(pulse.jobs),
                                      "failed": JSONValue(pulse.failed),
                                      "durations_seconds": .array(pulse.durations.map { JSONValue($0) }),
                                      "rows": .array(pulse.rows.map { JSONValue(Int($0)) })]
            object["usual_duration_seconds"] = pulse.usualDuration.map { JSONValue($0) } ?? .null
            return .object(object)
        }
        let discover = summary.discoverFailures.map { failure -> JSONValue in
            var object: JSONObject = ["tenant": JSONValue(failure.ref.tenant.rawValue),
                                      "connector": JSONValue(failure.ref.connector.rawValue), "at": time(failure.at)]
            object["message"] = failure.message.map { JSONValue($0) } ?? .null
            return .object(object)
        }
        return [
            "generated_at": time(now),
            "window": JSONValue(PulseWindow.text(window)),
            "tenants_known": JSONValue(summary.tenantsKnown),
            "tenants_heard": JSONValue(summary.tenantsChecked),
            "oldest_news_age_seconds": age(summary.oldestHeard),
            "failing": .array(failing),
            "stuck": .array(summary.stuck.map(job)),
            "running": .array(summary.running.map(job)),
            "discover_failed": .array(discover),
            "connectors": .array(connectors),
        ]
    }

    static func table(_ summary: PulseSummary, data: PulseData, now: Date, window: Double) -> String {
        func ago(_ date: Date?) -> String { date.map { ClockText.ago($0, now: now) } ?? "—" }
        func heard(_ tenant: TenantID) -> String { data[tenant]?.heardAt.map { ClockText.ago($0, now: now) } ?? "not yet" }
        let failingCount = summary.failures.reduce(0) { $0 + $1.count }
        var text = "\(failingCount) failing · \(summary.stuck.count) stuck · \(summary.running.count) running · "
            + "\(summary.tenantsChecked)/\(summary.tenantsKnown) tenants heard from · oldest news \(ago(summary.oldestHeard))"
            + " · window \(PulseWindow.text(window))\n"
        func section(_ title: String, _ table: TextTable, empty: Bool) {
            text += "\n\(title)\n"
            text += empty ? "  none\n" : table.render()
        }
        var failing = TextTable("CONNECTOR", "CAUSE", "JOBS", "TENANTS", "LAST", "HEARD")
        for group in summary.failures {
            failing.add(group.connector?.rawValue ?? "—", group.cause, String(group.count),
                        group.tenants.map(\.rawValue).joined(separator: ","), ago(group.lastSeen), heard(group.newest.tenant))
        }
        section("FAILING", failing, empty: summary.failures.isEmpty)
        for (title, jobs) in [("STUCK", summary.stuck), ("RUNNING", summary.running)] {
            var table = TextTable("CONNECTOR", "JOB", "STATUS", "TENANT", "RUNNING", "HEARD")
            for job in jobs {
                table.add(job.connector?.rawValue ?? "—", job.id, job.status.rawValue, job.tenant.rawValue,
                          job.started.map { ClockText.duration(now.timeIntervalSince($0)) } ?? "—", heard(job.tenant))
            }
            section(title, table, empty: jobs.isEmpty)
        }
        if !summary.discoverFailures.isEmpty {
            var table = TextTable("CONNECTOR", "TENANT", "MESSAGE", "WHEN")
            for failure in summary.discoverFailures {
                table.add(failure.ref.connector.rawValue, failure.ref.tenant.rawValue, failure.message ?? "—", ago(failure.at))
            }
            section("DISCOVER FAILED", table, empty: false)
        }
        var connectors = TextTable("CONNECTOR", "JOBS", "FAILED", "USUAL")
        for pulse in summary.connectors {
            connectors.add(pulse.connector.rawValue, String(pulse.jobs), String(pulse.failed),
                           pulse.usualDuration.map(ClockText.duration) ?? "—")
        }
        section("CONNECTORS", connectors, empty: summary.connectors.isEmpty)
        return text
    }
}
