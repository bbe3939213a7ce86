import HotglueModels
import LosslessJSON

extension HotglueEvent {
    /// The deepest nesting a webhook body may have: job details objects are shallow, and a deep body is no event.
    static let maxDepth = 64

    /// Reads a webhook body (UTF-8 JSON) as one of Hotglue's events.
    public init(webhookBody bytes: [UInt8]) throws(NotAnEvent) {
        let json: JSONValue
        do {
            json = try JSONValue.parse(bytes: bytes, limits: JSONLimits(maxDepth: Self.maxDepth, maxBytes: bytes.count + 1))
        } catch {
            throw NotAnEvent("the body is not JSON (\(error.reason) at line \(error.line), column \(error.column))")
        }
        try self.init(webhookJSON: json)
    }

    /// Reads a parsed webhook body.
    ///
    /// - a job event is Hotglue's job details object: `s3_root` (or `job_id`) and `status` [doc: the webhook sends
    ///   the job object]; also accepted wrapped as `{"event": "job", "job" | "data" | "payload": {…}}`;
    /// - a discover event is `{"event": "discover", "tenant", "connector_id", "status", "message"?, "timestamp"?}`
    ///   [guess];
    /// - a connection event is `{"event": "connection", "action": "linked" | "unlinked", "tenant",
    ///   "connector_id", "timestamp"?}` [guess]; `connector.linked`-style event names carry the change themselves.
    ///
    /// Anything else throws, naming what was missing.
    public init(webhookJSON json: JSONValue) throws(NotAnEvent) {
        guard let object = json.objectValue else {
            throw NotAnEvent("expected a JSON object, found \(json.kindName)")
        }
        let fields = EventFields(object: object)
        let payload = Self.wrappedPayload(object).map(EventFields.init(object:))
        switch EventKindHint(fields) {
        case .discover?:
            self = .discover(try DiscoverEvent(webhook: payload ?? fields, envelope: fields))
        case .connection(let change)?:
            self = .connection(try ConnectionEvent(webhook: payload ?? fields, envelope: fields, change: change))
        case .job?:
            self = .job(try Self.job(payload ?? fields))
        case .other(let name)?:
            throw NotAnEvent("its event type \"\(Self.shortened(name))\" is none of job, discover or connection")
        case nil:
            // A bare job details object unless it only wraps one.
            let isBare = fields.has("s3_root", "job_root", "job_id")
            self = .job(try Self.job(isBare ? fields : payload ?? fields))
        }
    }

    /// A job details object: `s3_root` (or `job_id`) and `status` are what make one.
    private static func job(_ fields: EventFields) throws(NotAnEvent) -> Job {
        let hasRoot = fields.has("s3_root", "job_root")
        let hasID = fields.has("job_id")
        let hasStatus = fields.text("status") != nil
        guard hasRoot || hasID, hasStatus else {
            var missing: [String] = []
            if !hasRoot && !hasID { missing.append("`s3_root` or `job_id`") }
            if !hasStatus { missing.append("`status`") }
            throw NotAnEvent(
                "a job event (the job details object) needs \(missing.joined(separator: " and ")); "
                    + "discover and connection events need `event` naming them")
        }
        do {
            return try Job(json: .object(fields.object))
        } catch {
            throw NotAnEvent("a job event could not be read: \(error.reason)")
        }
    }

    /// The object under `job`, `data` or `payload`, when the body wraps its event.
    private static func wrappedPayload(_ object: JSONObject) -> JSONObject? {
        for key in ["job", "data", "payload"] {
            if let nested = object[key]?.objectValue { return nested }
        }
        return nil
    }

    /// At most 40 characters of a name from the body, for a reason that must stay short.
    private static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}

extension DiscoverEvent {
    /// `fields` is the event (the body, or the object it wraps); `envelope` the body, for fields sent beside it.
    init(webhook fields: EventFields, envelope: EventFields) throws(NotAnEvent) {
        let tenant = fields.tenant ?? envelope.tenant
        let connector = fields.connector ?? envelope.connector
        let status = fields.text("status", "state", "result") ?? envelope.text("status", "state", "result")
        let missing = [("`tenant`", tenant), ("`connector_id`", connector), ("`status`", status)]
            .filter { $0.1 == nil }.map(\.0)
        guard let tenant, let connector, let status else {
            throw NotAnEvent("a discover event needs \(missing.joined(separator: ", "))")
        }
        self.init(
            tenant: TenantID(tenant), connector: ConnectorID(connector), status: status.uppercased(),
            message: fields.text("message", "error") ?? envelope.text("message", "error"),
            time: fields.time ?? envelope.time)
    }
}

extension ConnectionEvent {
    /// `change` is what the event's name said, if it said; otherwise `action`, `change` or `status` must.
    init(webhook fields: EventFields, envelope: EventFields, change: ConnectionChangeHint?) throws(NotAnEvent) {
        let tenant = fields.tenant ?? envelope.tenant
        let connector = fields.connector ?? envelope.connector
        let stated = (fields.text("action", "change", "status") ?? envelope.text("action", "change", "status"))
            .flatMap(ConnectionChangeHint.init)
        let change = stated ?? change
        var missing = [("`tenant`", tenant), ("`connector_id`", connector)].filter { $0.1 == nil }.map(\.0)
        if change == nil { missing.append("`action` (linked or unlinked)") }
        guard let tenant, let connector, let change else {
            throw NotAnEvent("a connection event needs \(missing.joined(separator: ", "))")
        }
        self.init(
            tenant: TenantID(tenant), connector: ConnectorID(connector),
            change: change == .linked ? .linked : .unlinked, time: fields.time ?? envelope.time)
    }
}
