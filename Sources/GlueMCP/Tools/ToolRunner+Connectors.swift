import GlueApp
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// Link, update, unlink and start a discovery, each through the write path (gate, journal, request, outcome).
extension ToolRunner {
    func link(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant, connector = try args.connector
        guard let config = try args.object("config") else {
            throw .invalid("config", "linkconnector needs the argument `config`", "Pass the connector's config as an object.")
        }
        var schedule: ConnectorSchedule?
        if let given = try args.object("schedule") {
            guard let expression = given["schedule_expression"]?.stringValue, !expression.isEmpty else {
                throw .invalid("schedule.schedule_expression", "`schedule` needs `schedule_expression` (a string)",
                               "Pass e.g. {\"schedule_expression\": \"rate(1 day)\", \"state\": \"ENABLED\"}.")
            }
            let state = given["state"]?.stringValue ?? "ENABLED"
            guard state == "ENABLED" || state == "DISABLED" else {
                throw .invalid("schedule.state", "`schedule.state` must be ENABLED or DISABLED, not \(state)",
                               "Pass ENABLED or DISABLED.")
            }
            schedule = ConnectorSchedule(expression: expression, enabled: state == "ENABLED")
        }
        let request = LinkConnectorRequest(connector: connector, config: config, symlink: try args.json("symlink"),
                                           schedule: schedule, fieldMap: try args.object("field_map").map { .object($0) })
        let answer = await changes.link(tenant: tenant, request)
        let linked = try settle(answer, target: "getlinkedconnectors")
        var structured = Self.target(tenant, connector)
        structured["linked"] = linked?.raw ?? .null
        structured.addWarnings([answer.journalProblem])
        return ToolSuccess(structured: structured, text: "linked \(connector) to \(tenant)")
    }

    func update(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant, connector = try args.connector
        let config = try args.object("config"), fieldMap = try args.object("field_map")
        guard config != nil || fieldMap != nil else {
            throw .invalid("config", "updatelinkedconnector needs `config` or `field_map`",
                           "Pass the config keys to change, or the field map.")
        }
        let ref = ConnectorRef(tenant: tenant, connector: connector)
        let answer = await changes.update(ref, UpdateConnectorRequest(connector: connector, config: config,
                                                                      fieldMap: fieldMap.map { .object($0) }))
        try settle(answer, target: "getlinkedconnectors with include_config")
        let keys = config?.keys ?? []
        var structured = Self.target(tenant, connector)
        structured["config_fields"] = .array(keys.map { JSONValue($0) })
        structured.addWarnings([answer.journalProblem])
        return ToolSuccess(structured: structured,
                           text: "updated \(connector) (tenant \(tenant)): config keys \(Self.listed(keys))")
    }

    func unlink(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant, connector = try args.connector
        let answer = await changes.unlink(ConnectorRef(tenant: tenant, connector: connector))
        try settle(answer, target: "getlinkedconnectors")
        var structured = Self.target(tenant, connector)
        structured["unlinked"] = true
        structured.addWarnings([answer.journalProblem])
        return ToolSuccess(structured: structured, text: "unlinked \(connector) from \(tenant)")
    }

    func triggerDiscover(_ args: ToolArguments) async throws(ToolFailure) -> ToolSuccess {
        let tenant = try args.tenant, connector = try args.connector
        let answer = await changes.triggerDiscover(ConnectorRef(tenant: tenant, connector: connector))
        let status = try settle(answer, target: "polldiscover")
        var structured = Self.target(tenant, connector)
        structured["status"] = JSONValue(Self.statusName(status))
        structured.addWarnings([answer.journalProblem])
        return ToolSuccess(structured: structured,
                           text: "discovery of \(connector) (tenant \(tenant)) started: \(status); follow it with polldiscover")
    }
}
