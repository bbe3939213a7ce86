import struct Foundation.Date
import HotglueModels

/// The cells of one pulse row, in `PulseView.columns`' order.
enum PulseRowCells {
    static func cells(_ row: PulseRow, data: PulseData, now: Date, theme: Theme) -> [Table.Cell] {
        switch row {
        case .heading(let section, let count):
            return [Table.Cell(section.rawValue, theme.header), Table.Cell(count == 0 ? "" : NumberText.grouped(count), theme.header)]
        case .none(let section):
            return [Table.Cell(""), Table.Cell(nothing(section), theme.dim)]
        case .failure(let group):
            let when = group.lastSeen.map { ClockText.ago($0, now: now) } ?? "—"
            return [connector(group.connector, theme), Table.Cell(group.cause, theme.error),
                    Table.Cell(NumberText.grouped(group.count)), Table.Cell(tenants(group.tenants)),
                    Table.Cell(when), heard(group.newest.tenant, data, now, theme)]
        case .stuck(let job):
            return jobCells(job, data: data, now: now, theme: theme, style: theme.warning)
        case .running(let job):
            return jobCells(job, data: data, now: now, theme: theme, style: theme.running)
        case .discoverFailure(let failure):
            return [Table.Cell(failure.ref.connector.rawValue), Table.Cell("discover: " + (failure.message ?? "failed"), theme.error),
                    Table.Cell(""), Table.Cell(failure.ref.tenant.rawValue), Table.Cell(ClockText.ago(failure.at, now: now)),
                    heard(failure.ref.tenant, data, now, theme)]
        case .connector(let pulse):
            let trend = pulse.durations.isEmpty ? "no finished job yet"
                : "time " + Sparkline.text(pulse.durations, width: 12) + "  rows " + Sparkline.text(pulse.rows, width: 12)
            let failed = pulse.failed == 0 ? "" : " · \(NumberText.grouped(pulse.failed)) failed"
            return [Table.Cell(pulse.connector.rawValue), Table.Cell(trend + failed, pulse.failed > 0 ? theme.error : theme.dim),
                    Table.Cell(NumberText.grouped(pulse.jobs)), Table.Cell(""),
                    Table.Cell(pulse.usualDuration.map { "usual " + ClockText.duration($0) } ?? "", theme.dim),
                    Table.Cell("")]
        }
    }

    private static func jobCells(_ job: PulseJob, data: PulseData, now: Date, theme: Theme, style: Style) -> [Table.Cell] {
        let running = job.started.map { "for " + ClockText.duration(now.timeIntervalSince($0)) } ?? "—"
        return [connector(job.connector, theme), Table.Cell(job.id + " " + job.status.rawValue, style),
                Table.Cell(""), Table.Cell(job.tenant.rawValue), Table.Cell(running), heard(job.tenant, data, now, theme)]
    }

    private static func connector(_ id: ConnectorID?, _ theme: Theme) -> Table.Cell {
        id.map { Table.Cell($0.rawValue) } ?? Table.Cell("—", theme.dim)
    }

    /// `acme, globex +3`
    private static func tenants(_ tenants: [TenantID]) -> String {
        let shown = tenants.prefix(2).map(\.rawValue).joined(separator: ", ")
        return tenants.count > 2 ? shown + " +\(tenants.count - 2)" : shown
    }

    /// How fresh the news of a tenant is: `webhook 2s` when an event came last, else `40s ago`.
    private static func heard(_ tenant: TenantID, _ data: PulseData, _ now: Date, _ theme: Theme) -> Table.Cell {
        guard let pulse = data[tenant], let heard = pulse.heardAt else { return Table.Cell("not yet", theme.warning) }
        let age = ClockText.ago(heard, now: now)
        if let event = pulse.eventAt, event >= (pulse.checkedAt ?? .distantPast) {
            return Table.Cell("webhook " + age.replacingOccurrences(of: " ago", with: ""), theme.dim)
        }
        return Table.Cell(age, now.timeIntervalSince(heard) > 600 ? theme.warning : theme.dim)
    }

    private static func nothing(_ section: PulseRow.Section) -> String {
        switch section {
        case .failing: "nothing failed in the window"
        case .stuck: "no job runs longer than its connector usually takes"
        case .running: "no job running"
        case .discover: "no discovery failed"
        case .connectors: "no jobs heard of yet"
        }
    }
}
