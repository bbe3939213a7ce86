import MCP

extension ToolCatalog {
    static let jobTools: [ToolSpec] = [
        ToolSpec(
            name: .runjob, title: "Run a job",
            summary: "Starts a job for a linked connector. Refused while one runs, unless ignore_parallel_jobs. "
                + "Its status is the resource job_uri (subscribe to follow it).",
            hints: hints(false, false, false), safety: .changes,
            input: Schema.object([
                "tenant": Schema.tenant, "connector_id": Schema.connector,
                "job_type": Schema.string("read (default) or write.", values: ["read", "write"]),
                "job_name": Schema.string("A name for the job."),
                "override_start_date": Schema.string("Start date of the sync, e.g. 2024-05-01T00:00:00Z."),
                "reset_source_state": Schema.boolean("Run a full sync, as if the state were deleted."),
                "override_selected_tables": Schema.anyObject("Stream name → selected, e.g. {\"Vendors\": true}."),
                "override_field_map": Schema.anyObject("A field map for this job."),
                "environment_variables": Schema.anyObject("Environment variables for the job."),
                "streaming_job": Schema.boolean("A streaming job."),
                "ignore_parallel_jobs": Schema.boolean("Start even though a job of the connector runs."),
                "confirm": Schema.confirm,
            ], required: ["tenant", "connector_id"]),
            output: Schema.object([
                "tenant": ["type": "string"], "connector_id": ["type": "string"],
                "job": Schema.apiObject, "job_uri": ["type": "string"], "warnings": warnings,
            ], required: ["tenant", "connector_id", "job", "job_uri"], additional: true)),
        ToolSpec(
            name: .listjobs, title: "List jobs",
            summary: "A tenant's newest jobs, newest first; status JOB_FAILED matches every *_FAILED.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object([
                "tenant": Schema.tenant,
                "count": Schema.integer("How many (default 20).", minimum: 1, maximum: 200),
                "status": Schema.string("Only jobs with this status, e.g. JOB_FAILED, SYNC_STARTED."),
            ], required: ["tenant"]),
            output: Schema.object([
                "tenant": ["type": "string"],
                "jobs": Schema.array(of: Schema.apiObject, "Jobs as the API answered, newest first."),
            ], required: ["tenant", "jobs"], additional: true)),
        ToolSpec(
            name: .getjobstatus, title: "A job's status",
            summary: "One job of a tenant by its id (among its newest 200), its status read fresh.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object([
                "tenant": Schema.tenant, "job_id": Schema.string("The job id, e.g. 37g_DK."),
            ], required: ["tenant", "job_id"]),
            output: Schema.object([
                "tenant": ["type": "string"], "job": Schema.apiObject, "job_uri": ["type": "string"],
                "status": ["type": "string"], "finished": ["type": "boolean"],
            ], required: ["tenant", "job", "job_uri", "status", "finished"], additional: true)),
        ToolSpec(
            name: .getjoblog, title: "A job's log",
            summary: "A page of a job's log from offset. The real Hotglue API has no log endpoint (only gluetop's "
                + "emulator serves one): there available is false; read the job's status and message instead.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object([
                "tenant": Schema.tenant, "job_id": Schema.string("The job id, e.g. 37g_DK."),
                "offset": Schema.integer("The first line's offset (next_offset of the page before).", minimum: 0),
            ], required: ["tenant", "job_id"]),
            output: Schema.object([
                "tenant": ["type": "string"], "job_id": ["type": "string"], "available": ["type": "boolean"],
                "lines": Schema.array(of: ["type": "object"], "Log lines: offset, time, level, text (masked)."),
                "next_offset": Schema.nullable("integer", "Where the next page starts."),
                "complete": Schema.nullable("boolean", "Whether the log is complete (the job ended)."),
            ], required: ["tenant", "job_id", "available", "lines"], additional: true)),
    ]

    static let catalogueTools: [ToolSpec] = [
        ToolSpec(
            name: .listavailableconnectors, title: "Available connectors",
            summary: "Every connector the environment offers.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object([:]),
            output: Schema.object(["connectors": Schema.array(of: Schema.apiObject, "Connector settings.")],
                                  required: ["connectors"], additional: true)),
        ToolSpec(
            name: .listsupportedconnectors, title: "Supported connectors",
            summary: "The connectors configured on the flow.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object([:]),
            output: Schema.object(["connectors": Schema.array(of: Schema.apiObject, "Connector settings.")],
                                  required: ["connectors"], additional: true)),
        ToolSpec(
            name: .listtenants, title: "List tenants",
            summary: "The environment's tenant ids.",
            hints: hints(true, false, true), safety: .reads,
            input: Schema.object([:]),
            output: Schema.object(["tenants": Schema.array(of: ["type": "string"], "Tenant ids.")],
                                  required: ["tenants"], additional: true)),
    ]
}
