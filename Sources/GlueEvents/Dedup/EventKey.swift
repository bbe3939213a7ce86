import HotglueModels

/// What makes two deliveries the same event, since Hotglue's payloads carry no event id: a job's `s3_root` (or,
/// without one, its tenant and job id) and status; a discovery's tenant, connector, status and time; a
/// connection's tenant, connector, change and time.
public struct EventKey: Hashable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ event: HotglueEvent) {
        switch event {
        case .job(let job):
            let root = job.jobRoot?.rawValue ?? "\(job.tenant?.rawValue ?? "?")/\(job.id)"
            description = "job|\(root)|\(job.status.rawValue)"
        case .discover(let discover):
            description = "discover|\(discover.tenant)|\(discover.connector)|\(discover.status)|\(Self.text(discover.time))"
        case .connection(let connection):
            description =
                "connection|\(connection.tenant)|\(connection.connector)|\(connection.change.rawValue)|\(Self.text(connection.time))"
        }
    }

    private static func text(_ date: Date?) -> String {
        date.map { String($0.timeIntervalSince1970) } ?? "-"
    }
}

import struct Foundation.Date
