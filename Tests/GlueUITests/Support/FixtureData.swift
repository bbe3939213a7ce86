import Foundation
import GlueCore
import HotglueModels
import LosslessJSON

/// The data the golden frames are drawn from: one tenant (acme) with five connectors, a running sync, a failed
/// one, a state document holding a secret and a number too big for a Double, a discovery in progress and a log.
enum FixtureData {
    static let day = "2024-05-04"

    /// 12:03:44 UTC on the fixture day: the only "now" of every fixture.
    static let now = time("12:03:44")

    static func time(_ clock: String) -> Date {
        HotglueDate.parse("\(day)T\(clock)+00:00")!
    }

    static let connection = ConnectionInfo(profile: "prod", host: "api.hotglue.example", envID: "prod.hg.example.com",
                                           flowID: "l8odS2mce")

    static let tenants: [TenantID] = ["acme", "aperture", "blue-sun", "cyberdyne", "globex", "gringotts", "hooli",
                                      "initech", "massive-dynamic", "monsters-inc", "oscorp", "pied-piper",
                                      "soylent", "stark-industries", "tyrell", "umbrella", "vandelay", "wayne-enterprises",
                                      "weyland-yutani", "wonka"]
        + (1...22).map { TenantID("customer-\($0)") }

    static let salesforce = ConnectorRef(tenant: "acme", connector: "salesforce")

    static var connectors: [LinkedConnector] {
        [
            connector(#"{"id": "salesforce", "label": "Salesforce", "type": "oauth", "catalog": \#(catalogJSON)}"#),
            connector(#"{"id": "hubspot", "label": "HubSpot", "type": "oauth"}"#),
            connector(#"{"id": "postgres", "label": "PostgreSQL", "type": "api"}"#),
            connector(#"{"id": "netsuite-suitetalk-sandbox", "label": "NetSuite SuiteTalk (sandbox eu-west-1)", "type": "oauth"}"#),
            connector(#"{"id": "stripe", "type": "api"}"#),
        ]
    }

    static let catalogJSON = """
        {"streams": [
          {"tap_stream_id": "Account", "metadata": [{"breadcrumb": [], "metadata": {"selected": true, "replication-method": "INCREMENTAL", "replication-key": "SystemModstamp"}}]},
          {"tap_stream_id": "Contact", "metadata": [{"breadcrumb": [], "metadata": {"selected": true, "replication-method": "INCREMENTAL", "replication-key": "LastModifiedDate"}}]},
          {"tap_stream_id": "Opportunity", "metadata": [{"breadcrumb": [], "metadata": {"selected": true, "replication-method": "FULL_TABLE"}}]},
          {"tap_stream_id": "Lead", "metadata": [{"breadcrumb": [], "metadata": {"selected": false, "replication-method": "INCREMENTAL"}}]},
          {"tap_stream_id": "CampaignMemberStatusHistoryWithAVeryLongName", "metadata": [{"breadcrumb": [], "metadata": {"selected-by-default": false}}]}
        ]}
        """

    static var catalog: Catalog { Catalog(json: try! JSONValue.parse(catalogJSON)) }

    static let runningRoot = JobRoot("acme/flows/l8odS2mce/jobs/2024/05/4/12/01/37g_DK")

    static var jobs: [Job] {
        [
            job(id: "37g_DK", connector: "salesforce", type: "read", status: "SYNC_STARTED", start: "12:01:03",
                updated: "12:01:09", timeline: [("JOB_CREATED", "12:01:03"), ("SYNC_STARTED", "12:01:09")]),
            job(id: "k3P0aa", connector: "salesforce", type: "read", status: "JOB_COMPLETED", start: "11:55:20",
                updated: "11:58:01", timeline: [("JOB_CREATED", "11:55:20"), ("SYNC_STARTED", "11:55:26"),
                                                 ("SYNC_SUCCESS", "11:57:40"), ("JOB_COMPLETED", "11:58:01")],
                rows: 18_204, duration: 161),
            job(id: "9xQ2LM", connector: "hubspot", type: "read", status: "SYNC_FAILED", start: "11:40:00",
                updated: "11:40:31", timeline: [("JOB_CREATED", "11:40:00"), ("SYNC_STARTED", "11:40:05"),
                                                 ("SYNC_FAILED", "11:40:31")],
                error: "HubSpot answered 401: the OAuth token expired; reconnect the HubSpot connector"),
            job(id: "Wq81zz", connector: "postgres", type: "write", status: "JOB_COMPLETED", start: "10:12:00",
                updated: "10:14:30", timeline: [("JOB_CREATED", "10:12:00"), ("JOB_COMPLETED", "10:14:30")],
                rows: 1_203_311, duration: 150),
            job(id: "Pp0aA1", connector: "salesforce", type: "read", status: "JOB_COMPLETED", start: "09:00:00",
                updated: "09:02:00", timeline: [], rows: 912, duration: 120),
            job(id: "Zz9yY8", connector: "hubspot", type: "read", status: "JOB_COMPLETED", start: "08:00:00",
                updated: "08:03:00", timeline: [], rows: 44, duration: 180),
            job(id: "Mm3nN4", connector: "postgres", type: "write", status: "EXPORT_FAILED", start: "07:00:00",
                updated: "07:01:00", timeline: [], error: "target rejected the batch"),
            job(id: "Qq5rR6", connector: "salesforce", type: "read", status: "JOB_COMPLETED", start: "06:00:00",
                updated: "06:02:00", timeline: [], rows: 10, duration: 120),
        ]
    }

    static let stateJSON = """
        {
          "bookmarks": {
            "Account": {"replication_key": "SystemModstamp", "replication_key_value": "2024-05-04T11:58:02.000000Z", "version": 12345678901234567890},
            "Contact": {"replication_key": "LastModifiedDate", "replication_key_value": "2024-05-04T11:57:40.000000Z", "version": 1714823860},
            "Opportunity": {"replication_key_value": null}
          },
          "currently_syncing": null,
          "oauth": {"access_token": "00Dxx0000001gEREAY!AQ0AQH0dMHZfz972Szmpkb58urFRkgeBGsxL", "token_type": "Bearer"},
          "partial": false,
          "page_size": 2000,
          "streams": ["Account", "Contact"]
        }
        """

    static var state: JSONValue { try! JSONValue.parse(stateJSON) }

    /// A log of the running job: every level, a long line, a tab.
    static var logPage: JobLogPage {
        let texts: [(String, String, String)] = [
            ("12:01:09", "INFO", "tap-salesforce starting: streams Account, Contact, Opportunity"),
            ("12:01:10", "INFO", "Account: replication key SystemModstamp, bookmark 2024-05-04T11:58:02Z"),
            ("12:01:12", "DEBUG", "GET /services/data/v58.0/queryAll?q=SELECT+Id,Name+FROM+Account page 1"),
            ("12:01:15", "INFO", "Account: 2,000 records"),
            ("12:01:19", "WARNING", "API usage at 81% of the daily limit (81,204 of 100,000 calls); syncing slows down to stay below it"),
            ("12:01:24", "INFO", "Account: 4,000 records"),
            ("12:01:31", "INFO", "Contact:\tstarting"),
            ("12:01:40", "ERROR", "Contact: query timed out after 120 s; retrying (1 of 3)"),
            ("12:02:10", "INFO", "Contact: 1,500 records"),
            ("12:02:44", "INFO", "Opportunity: full table sync"),
            ("12:03:20", "INFO", "Opportunity: 310 records"),
        ]
        let lines = texts.enumerated().map { index, entry in
            JobLogLine(offset: index, time: time(entry.0), level: entry.1, text: entry.2)
        }
        return JobLogPage(lines: lines, nextOffset: lines.count, isComplete: false)
    }

    static let authError = APIError(category: .auth, summary: "API key rejected (401) by prod.hg.example.com",
                                    hint: "check the key for profile prod", status: 401)
    static let serverError = APIError(category: .server, summary: "server error (502) from prod.hg.example.com",
                                      hint: "the API is having trouble; gluetop keeps retrying", status: 502)

    // MARK: builders

    static func connector(_ json: String) -> LinkedConnector {
        try! LinkedConnector(json: JSONValue.parse(json))
    }

    static func job(id: String, connector: String, type: String, status: String, start: String, updated: String,
                    timeline: [(String, String)], rows: Int? = nil, duration: Double? = nil,
                    error: String? = nil, tenant: String = "acme") -> Job {
        var object = JSONObject()
        object["job_id"] = JSONValue(id)
        let hour = start.prefix(2), minute = start.dropFirst(3).prefix(2)
        object["s3_root"] = JSONValue("\(tenant)/flows/l8odS2mce/jobs/2024/05/4/\(hour)/\(minute)/\(id)")
        object["tenant"] = JSONValue(tenant)
        object["connector_id"] = JSONValue(connector)
        object["job_type"] = JSONValue(type)
        object["status"] = JSONValue(status)
        object["start_time"] = JSONValue("\(day)T\(start).000000+00:00")
        object["last_updated"] = JSONValue("\(day)T\(updated).000000+00:00")
        if !timeline.isEmpty {
            object["status_timestamp"] = .object(JSONObject(timeline.map { ($0.0, JSONValue("\(day)T\($0.1)+00:00")) }))
        }
        if let rows { object["processed_rows"] = JSONValue(rows) }
        if let duration { object["duration"] = JSONValue(duration) }
        if let error { object["error"] = JSONValue(error) }
        return try! Job(json: .object(object))
    }
}
