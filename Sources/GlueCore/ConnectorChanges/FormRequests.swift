import Foundation
import HotglueModels
import LosslessJSON

/// What a filled form sends.
extension ChangeForm {
    /// Link: the non-empty fields as the connector's config.
    var linkRequest: LinkConnectorRequest? {
        guard let connector else { return nil }
        var config = JSONObject()
        for field in fields {
            // Optional text left empty is not sent at all.
            if field.text != nil, field.isEmpty { continue }
            guard let value = field.jsonValue() else { continue }
            config[field.key] = value
        }
        return LinkConnectorRequest(connector: connector.id, config: config)
    }

    /// Update: only the keys whose value differs from the loaded config (the API merges the rest).
    var changedConfig: JSONObject {
        guard let original else { return JSONObject() }
        var changes = JSONObject()
        for field in fields {
            let before = original[field.key]
            guard let after = field.jsonValue(original: before), after != before else { continue }
            changes[field.key] = after
        }
        return changes
    }

    /// Run job: the form's values; empty streams leave the catalog's selection as it is.
    func runJobRequest(_ connector: ConnectorID) -> RunJobRequest {
        let jobType = field("job_type")?.jsonValue()?.stringValue.map(JobType.init(rawValue:)) ?? .read
        let reset: Bool? = field("reset_source_state")?.jsonValue()?.boolValue == true ? true : nil
        let start = field("override_start_date")?.text?.trimmingCharacters(in: .whitespaces)
        let streams = FormFields.streamNames(field("streams"))
        var tables: JSONObject?
        if !streams.isEmpty {
            tables = JSONObject(streams.map { ($0, JSONValue(true)) })
        }
        return RunJobRequest(connector: connector, jobType: jobType,
                             overrideStartDate: start.flatMap { $0.isEmpty ? nil : $0 },
                             resetSourceState: reset, overrideSelectedTables: tables,
                             ignoreParallelJobs: ignoreParallelJobs ? true : nil)
    }

    /// Link's preview: the call and its body, secrets masked.
    public var previewLines: [String] {
        guard case .link(let tenant) = purpose, let request = linkRequest else { return [] }
        var lines = ["POST linkedConnectors of tenant \(tenant):"]
        lines += SecretMasking.masked(request.jsonBody).pretty().split(separator: "\n").map(String.init)
        if picker?.choices.first(where: { $0.settings.id == request.connector })?.isLinked == true {
            lines.append("\(request.connector) is already linked: linking again replaces its config.")
        }
        return lines
    }
}
