// libFuzzer target: any bytes as the body of any Hotglue answer (Tests/Fuzz/run.sh builds and runs it).
//
// The first byte picks the endpoint (and for the job log, the offset asked for); the rest is the body, except for
// an error answer, whose next byte picks the status and the content type. Each body goes through what HotglueClient
// does with that endpoint's answer (AnswerBody.json, ListAnswer.read, the model's init(json:), or ErrorBody and
// APIError for an error answer), and each value read is then shown the way the dashboard and the script commands
// show it (ShowingValues.swift). The property: a value or an error, never a crash.

import HotglueModels
import LosslessJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let endpoints = FuzzedEndpoint.allCases
    let selector = Int(data[0])
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    endpoints[selector % endpoints.count].read(body, variant: selector / endpoints.count)
    return 0
}

/// One decoding path of HotglueClient each (endpoints that decode alike share one).
enum FuzzedEndpoint: CaseIterable {
    /// listTenants
    case tenants
    /// tenantConfig
    case tenantConfig
    /// availableConnectors, supportedConnectors
    case connectorSettings
    /// listLinkedConnectors (and its catalog, read by catalogSummary)
    case linkedConnectors
    /// linkConnector
    case linkConnectorAnswer
    /// updateConnector, triggerDiscover: the answer as JSON
    case plainJSON
    /// listSupportedFlows, listLinkedFlows
    case flows
    /// runJob, pollJob
    case job
    /// listJobs
    case jobs
    /// jobLogs
    case jobLogs
    /// pollDiscover
    case discoverStatus
    /// getState
    case state
    /// any non-2xx answer (RequestExecutor)
    case errorAnswer

    func read(_ body: [UInt8], variant: Int) {
        if self == .errorAnswer {
            readErrorAnswer(body)
            return
        }
        let json: JSONValue
        do {
            json = try AnswerBody.json(body)
        } catch {
            show(APIError.decoding("not JSON (\(error.description))", origin: origin, operation: "fuzz", status: 200))
            return
        }
        switch self {
        case .tenants: readList(json, TenantID.init(listEntry:)) { show($0.rawValue) }
        case .tenantConfig: readTenantConfig(json)
        case .connectorSettings: readList(json, ConnectorSettings.init(json:), show)
        case .linkedConnectors: readList(json, LinkedConnector.init(json:), show)
        case .linkConnectorAnswer:
            // As HotglueClient.linkConnector: the connector itself, or one under "connector", or nothing.
            let linked = (try? LinkedConnector(json: json))
                ?? json["connector"].flatMap { try? LinkedConnector(json: $0) }
            linked.map(show)
        case .plainJSON: showDocument(json)
        case .flows: readList(json, Flow.init(json:), show)
        case .job: readModel(json, Job.init(json:), show)
        case .jobs: readList(json, Job.init(json:), show)
        case .jobLogs: readJobLogs(json, variant: variant)
        case .discoverStatus: show(DiscoverStatus(json: json))
        case .state:
            // As HotglueClient.getState: null is "no state".
            if !json.isNull { showDocument(json) }
        case .errorAnswer: break
        }
    }

    private func readList<Model>(
        _ json: JSONValue, _ make: (JSONValue) throws(ModelDecodingError) -> Model, _ show: (Model) -> Void
    ) {
        guard let reading = ListAnswer.read(json, make) else {
            showDecodingError("expected a list, found \(json.kindName)")
            return
        }
        if let problem = reading.firstProblem {
            showDecodingError("skipped \(reading.skipped) of \(reading.models.count + reading.skipped) (\(problem))")
        }
        reading.models.forEach(show)
    }

    private func readModel<Model>(
        _ json: JSONValue, _ make: (JSONValue) throws(ModelDecodingError) -> Model, _ show: (Model) -> Void
    ) {
        do {
            show(try make(json))
        } catch {
            showDecodingError(error.description)
        }
    }

    /// As HotglueClient.tenantConfig: null, a string, or a lone "no config" message mean no config.
    private func readTenantConfig(_ json: JSONValue) {
        if json.isNull || json.stringValue != nil { return }
        if json.objectValue?.count == 1, let message = json["message"]?.stringValue,
            message.lowercased().contains("no config")
        {
            return
        }
        showDocument(json)
    }

    /// Pages as the poller asks for them and the log view appends them: from the offset the variant picks, then
    /// from the offset each page gives as next (the same body standing for the next answers).
    private func readJobLogs(_ json: JSONValue, variant: Int) {
        let startOffsets = [0, 1, 1000, Int.max - 1, Int.max]
        var offset = startOffsets[variant % startOffsets.count]
        var shownUpTo = offset
        for _ in 0..<3 {
            do {
                let page = try JobLogPage(json: json, requestedOffset: offset)
                // As GlueCore's appendLog: skip the lines already shown, then remember the furthest offset.
                let skip = max(0, shownUpTo - offset)
                page.lines.dropFirst(skip).forEach(show)
                shownUpTo = max(shownUpTo, page.nextOffset)
                show(NumberText.grouped(page.nextOffset))
                offset = page.nextOffset
            } catch {
                showDecodingError(error.description)
                return
            }
        }
    }

    /// The body's first byte picks the status and the content type.
    private func readErrorAnswer(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let statuses = [400, 401, 403, 404, 409, 423, 429, 500, 501, 503, 302, 0]
        let contentTypes: [String?] = [nil, "application/json", "text/html; charset=utf-8", "text/plain"]
        let status = statuses[Int(first) % statuses.count]
        let contentType = contentTypes[Int(first) / statuses.count % contentTypes.count]
        show(APIError(status: status, body: Array(bytes.dropFirst()), contentType: contentType,
                      retryAfter: .seconds(2), origin: origin, operation: "fuzz"))
    }

    private func showDecodingError(_ reason: String) {
        show(APIError.decoding(reason, origin: origin, operation: "fuzz", status: 200))
    }
}

let origin = "prod.hg.example.com"
