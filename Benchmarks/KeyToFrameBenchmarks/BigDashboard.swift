import Foundation
import GlueCore
import HotglueModels
import LosslessJSON

/// DESIGN.md's scale: 10,000 tenants, 5,000 linked connectors on the selected tenant, and 1,000,000 log lines
/// streamed into the selected job's log (the pane keeps the newest 50,000 in its ring buffer). Built the way the
/// running app builds it: through `update` with the messages the pollers send, the log in pages of 1,000 lines.
struct BigDashboard: Sendable {
    static let shared = BigDashboard()

    static let tenantCount = 10_000
    static let connectorCount = 5_000
    static let logLineCount = 1_000_000
    static let pageSize = 1_000

    let model: Model
    /// The offset the next log page continues from, for the live-append benchmark.
    let nextLogOffset: Int
    let root: JobRoot
    let start = Date(timeIntervalSince1970: 1_780_000_000)

    private init() {
        let tenant = TenantID("acme")
        var model = Model(connection: ConnectionInfo(profile: "bench", host: "127.0.0.1", envID: "bench.hg.example.com",
                                                     flowID: "l8odS2mce"),
                          size: Size(width: 200, height: 50), now: start)
        let tenants = [tenant] + (0..<Self.tenantCount - 1).map { TenantID(String(format: "tenant-%05d", $0)) }
        _ = update(&model, .polled(.tenantsLoaded(.success(tenants), at: start)))
        let connectors = (0..<Self.connectorCount).map { index in
            try! LinkedConnector(json: JSONValue.parse(
                #"{"id": "connector-\#(index)", "label": "Connector \#(index)", "type": "oauth", "domain": "example.com"}"#))
        }
        _ = update(&model, .polled(.connectorsLoaded(tenant, .success(connectors), at: start)))
        let root = JobRoot("acme/flows/l8odS2mce/jobs/2026/05/4/12/01/bench1")
        let job = try! Job(json: [
            "job_id": "bench1", "tenant": "acme", "connector_id": "connector-0", "job_type": "read",
            "status": "SYNC_STARTED", "s3_root": .string(JSONString(root.rawValue)),
            "start_time": .string(JSONString(HotglueDate.format(start))),
        ])
        _ = update(&model, .polled(.jobsLoaded(tenant, .success([job]), at: start)))
        let state = try! JSONValue.parse(#"{"bookmarks": {"Account": {"replication_key": "SystemModstamp", "replication_key_value": "2026-05-01T00:00:00Z"}, "Invoice__c": {"replication_key_value": 12345678901234567890}}}"#)
        _ = update(&model, .polled(.stateLoaded(ConnectorRef(tenant: tenant, connector: "connector-0"), .success(state), at: start)))
        var offset = 0
        while offset < Self.logLineCount {
            let page = Self.page(from: offset, time: start)
            _ = update(&model, .polled(.jobLogLoaded(tenant, root, fromOffset: offset, .success(.page(page)), at: start)))
            offset = page.nextOffset
        }
        self.model = model
        self.nextLogOffset = offset
        self.root = root
    }

    static func page(from offset: Int, time: Date) -> JobLogPage {
        let lines = (offset..<offset + pageSize).map { index in
            JobLogLine(offset: index, time: time, level: index % 9 == 0 ? "WARNING" : "INFO",
                       text: "Account: fetched page \(index) of the query; \(index * 2_000) records so far")
        }
        return JobLogPage(lines: lines, nextOffset: offset + pageSize)
    }
}

/// The model one benchmark works on across its iterations, so each key moves on from where the last one left
/// it (and the copy-on-write of the shared model happens once, in the warm-up, not in every sample). Made on
/// first use; the benchmark runner calls one benchmark's closure at a time.
final class ModelBox: @unchecked Sendable {
    private var stored: Model?
    private let prepare: (inout Model) -> Void
    var keyIndex = 0
    var logOffset = BigDashboard.shared.nextLogOffset

    init(prepare: @escaping (inout Model) -> Void) { self.prepare = prepare }

    /// Read and changed in place (`_modify`): a get-then-set would copy the 50,000-line log and the 10,000
    /// tenants on every key, which the app itself never does.
    var model: Model {
        get {
            prepareOnce()
            return stored!
        }
        _modify {
            prepareOnce()
            yield &stored!
        }
    }

    private func prepareOnce() {
        guard stored == nil else { return }
        var model = BigDashboard.shared.model
        prepare(&model)
        stored = model
    }
}
