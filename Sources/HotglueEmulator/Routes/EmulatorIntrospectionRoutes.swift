import Hummingbird
import LosslessJSON

/// The emulator's own routes under `/_emulator` (not Hotglue's API; secret key only): what a soak or a test
/// watches from outside the process. They are neither recorded in the request log nor faulted, so watching does
/// not change what is watched.
///
/// - `GET /_emulator/stats`: the clock, the request log's size and the server's concurrency, each generated
///   tenant's job counts.
/// - `GET /_emulator/requests?after=N&limit=M`: the recorded requests numbered after N (oldest first, at most M,
///   default 1,000): method, path, query (secrets masked), status, fault, and when each arrived and was
///   answered in wall seconds since the emulator started.
struct EmulatorIntrospectionRoutes {
    static let prefix = "/_emulator/"
    static let defaultPageSize = 1_000

    let routes: EmulatorRoutes

    static func owns(_ path: String) -> Bool {
        path.hasPrefix(prefix)
    }

    func register(on router: RouteRegistrar) {
        router.get("/_emulator/stats") { _, _ in
            let log = await routes.log.stats
            let jobs = await routes.world.jobCounts()
            return EmulatorRoutes.json([
                "clock": [
                    "now": .string(JSONString(HotglueTimestamp.string(routes.clock.now))),
                    "speed": .number(JSONNumber(routes.clock.speed)),
                ],
                "request_log": [
                    "kept": .number(JSONNumber(log.kept)),
                    "capacity": .number(JSONNumber(log.capacity)),
                    "total": .number(JSONNumber(log.total)),
                    "in_flight": .number(JSONNumber(log.inFlight)),
                    "peak_in_flight": .number(JSONNumber(log.peakInFlight)),
                ],
                "jobs": [
                    "kept_per_tenant": .number(JSONNumber(routes.world.jobsKeptPerTenant)),
                    "tenants": .array(jobs.map { counts -> JSONValue in
                        [
                            "tenant": .string(JSONString(counts.tenant)),
                            "kept": .number(JSONNumber(counts.kept)),
                            "created": .number(JSONNumber(counts.created)),
                        ]
                    }),
                ],
            ])
        }
        router.get("/_emulator/requests") { request, _ in
            let query = QueryParameters(request: request)
            let after = try query.count("after") ?? 0
            let limit = try query.count("limit") ?? Self.defaultPageSize
            let entries = await routes.log.entries(after: after, limit: limit)
            return EmulatorRoutes.json(["requests": .array(entries.map(Self.json))])
        }
    }

    private static func json(_ entry: LoggedRequest) -> JSONValue {
        var object: JSONObject = [
            "sequence": .number(JSONNumber(entry.sequence)),
            "received": .number(JSONNumber(entry.received)),
            "answered": .number(JSONNumber(entry.answered)),
            "method": .string(JSONString(entry.request.method)),
            "path": .string(JSONString(entry.request.path)),
            "status": .number(JSONNumber(entry.request.status)),
        ]
        if !entry.request.query.isEmpty {
            var query = JSONObject()
            for (name, value) in entry.request.query.sorted(by: { $0.key < $1.key }) {
                query[name] = .string(JSONString(value))
            }
            object["query"] = .object(query)
        }
        if let fault = entry.request.fault {
            object["fault"] = .string(JSONString(fault))
        }
        return .object(object)
    }
}
