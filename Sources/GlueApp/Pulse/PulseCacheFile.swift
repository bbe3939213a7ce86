import Foundation
import GlueCore
import HotglueModels
import LosslessJSON

/// The pulse's last picture on disk, one file per environment and flow under `$XDG_CACHE_HOME/gluetop/pulse/` (`ENV__FLOW.jsonl`), so
/// a restart (or `gluetop pulse`) shows what was known at once, marked with its age. Written whole or not at all;
/// a file that cannot be read is ignored (it is a cache), never an error that stops the dashboard.
public struct PulseCacheFile: Sendable {
    public let path: String
    public let envID: String
    public let flowID: String

    /// 2: JSON lines (a header, then one line per tenant or failed discovery), read and written a line at a time,
    /// so 100,000 jobs never stand in memory as one JSON tree. Files of version 1 are not read (it is a cache).
    public static let version = 2

    public init(paths: AppPaths, envID: String, flowID: String) {
        self.init(folder: paths.cacheDirectory.appendingPathComponent("pulse").path, envID: envID, flowID: flowID)
    }

    private init(folder: String, envID: String, flowID: String) {
        let name = [envID, flowID].map(Self.fileSafe).joined(separator: "__") + ".jsonl"
        self.envID = envID
        self.flowID = flowID
        path = (folder as NSString).appendingPathComponent(name)
    }

    /// The cache of another environment and flow, beside this one (`:profile` switched).
    public func sibling(envID: String, flowID: String) -> PulseCacheFile {
        PulseCacheFile(folder: (path as NSString).deletingLastPathComponent, envID: envID, flowID: flowID)
    }

    /// Reads the cache off the loop and posts what it holds (an empty picture when there is none, so the writer
    /// may write from then on) as `Msg.pulseCacheLoaded`.
    public func loadInBackground(postingTo mailbox: Mailbox) {
        let file = self
        Task.detached(priority: .userInitiated) {
            let earlier = file.load()?.data ?? PulseData()
            mailbox.post(.pulseCacheLoaded(earlier, at: Date()))
            FreedMemory.returnToSystem()
        }
    }

    /// Nil when there is no cache or its header does not read as one; a line that does not read is skipped.
    public func load() -> (data: PulseData, savedAt: Date)? {
        guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).makeIterator()
        guard let first = lines.next(), let header = try? JSONValue.parse(bytes: Array(first)).objectValue,
              header["version"]?.intValue == Self.version, let savedAt = header["saved_at"]?.doubleValue
        else { return nil }
        var tenants: [TenantID: TenantPulse] = [:]
        var failures: [ConnectorRef: DiscoverFailure] = [:]
        while let line = lines.next() {
            guard let entry = try? JSONValue.parse(bytes: Array(line)).objectValue else { continue }
            if let name = entry["tenant"]?.stringValue {
                let tenant = TenantID(name)
                var pulse = TenantPulse()
                pulse.checkedAt = Self.date(entry["checked_at"])
                pulse.failedAt = Self.date(entry["failed_at"])
                pulse.eventAt = Self.date(entry["event_at"])
                pulse.jobs = (entry["jobs"]?.arrayValue ?? []).compactMap { Self.job($0, tenant: tenant) }
                tenants[tenant] = pulse
            } else if let failure = entry["discover_failure"]?.objectValue, let tenant = failure["tenant"]?.stringValue,
                      let connector = failure["connector"]?.stringValue, let at = Self.date(failure["at"]) {
                let ref = ConnectorRef(tenant: TenantID(tenant), connector: ConnectorID(connector))
                failures[ref] = DiscoverFailure(ref: ref, message: failure["message"]?.stringValue, at: at)
            }
        }
        return (PulseData(tenants: tenants, discoverFailures: failures), Date(timeIntervalSince1970: savedAt))
    }

    public func save(_ data: PulseData, at time: Date) throws {
        var bytes: [UInt8] = []
        func line(_ value: JSONValue) {
            bytes += value.compactBytes()
            bytes.append(UInt8(ascii: "\n"))
        }
        line(["version": JSONValue(Self.version), "saved_at": JSONValue(time.timeIntervalSince1970)])
        for (tenant, pulse) in data.tenants.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            var entry: JSONObject = ["tenant": JSONValue(tenant.rawValue)]
            entry["checked_at"] = Self.json(pulse.checkedAt)
            entry["failed_at"] = Self.json(pulse.failedAt)
            entry["event_at"] = Self.json(pulse.eventAt)
            entry["jobs"] = .array(pulse.jobs.map(Self.json))
            line(.object(entry))
        }
        for failure in data.discoverFailures.values.sorted(by: { $0.at < $1.at }) {
            var entry: JSONObject = ["tenant": JSONValue(failure.ref.tenant.rawValue),
                                     "connector": JSONValue(failure.ref.connector.rawValue),
                                     "at": JSONValue(failure.at.timeIntervalSince1970)]
            if let message = failure.message { entry["message"] = JSONValue(message) }
            line(["discover_failure": .object(entry)])
        }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try AtomicFile.write(bytes, to: path)
    }

    private static func json(_ job: PulseJob) -> JSONValue {
        var entry: JSONObject = ["id": JSONValue(job.id), "status": JSONValue(job.status.rawValue)]
        if let connector = job.connector { entry["connector"] = JSONValue(connector.rawValue) }
        if let root = job.root { entry["root"] = JSONValue(root.rawValue) }
        if let started = job.started { entry["started"] = JSONValue(started.timeIntervalSince1970) }
        if let updated = job.updated { entry["updated"] = JSONValue(updated.timeIntervalSince1970) }
        if let message = job.message { entry["message"] = JSONValue(message) }
        if let rows = job.rows { entry["rows"] = JSONValue(rows) }
        return .object(entry)
    }

    private static func job(_ value: JSONValue, tenant: TenantID) -> PulseJob? {
        guard let entry = value.objectValue, let id = entry["id"]?.stringValue, let status = entry["status"]?.stringValue
        else { return nil }
        return PulseJob(tenant: tenant, connector: entry["connector"]?.stringValue.map(ConnectorID.init),
                        id: id, root: entry["root"]?.stringValue.map(JobRoot.init), status: JobStatus(rawValue: status),
                        started: date(entry["started"]), updated: date(entry["updated"]),
                        message: entry["message"]?.stringValue, rows: entry["rows"]?.intValue)
    }

    private static func json(_ date: Date?) -> JSONValue { date.map { JSONValue($0.timeIntervalSince1970) } ?? .null }

    private static func date(_ value: JSONValue?) -> Date? { value?.doubleValue.map(Date.init(timeIntervalSince1970:)) }

    private static func fileSafe(_ part: String) -> String {
        String(part.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}
