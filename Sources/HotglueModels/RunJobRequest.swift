import LosslessJSON

/// POST jobs: start a job. `connector_id` and `job_type` are required; every other field is sent only when set
/// [doc]. `extraFields` carries fields this type does not name (the `override_*_config` family, new options);
/// they are appended last and never replace a named field.
public struct RunJobRequest: Hashable, Sendable {
    public var connector: ConnectorID
    public var jobType: JobType
    public var jobName: String?
    /// Sent as given (`2024-05-01T00:00:00Z`).
    public var overrideStartDate: String?
    /// `true` runs a full sync, as if the state were deleted.
    public var resetSourceState: Bool?
    /// Stream name → selected (`{"Vendors": true}`).
    public var overrideSelectedTables: JSONObject?
    public var overrideFieldMap: JSONValue?
    public var environmentVariables: JSONObject?
    /// The job payload's `state` (not the connector's source state).
    public var state: JSONValue?
    public var streamingJob: Bool?
    /// Start even if another job for the connector is running.
    public var ignoreParallelJobs: Bool?
    public var extraFields: JSONObject

    public init(
        connector: ConnectorID, jobType: JobType = .read, jobName: String? = nil, overrideStartDate: String? = nil,
        resetSourceState: Bool? = nil, overrideSelectedTables: JSONObject? = nil, overrideFieldMap: JSONValue? = nil,
        environmentVariables: JSONObject? = nil, state: JSONValue? = nil, streamingJob: Bool? = nil,
        ignoreParallelJobs: Bool? = nil, extraFields: JSONObject = JSONObject()
    ) {
        self.connector = connector
        self.jobType = jobType
        self.jobName = jobName
        self.overrideStartDate = overrideStartDate
        self.resetSourceState = resetSourceState
        self.overrideSelectedTables = overrideSelectedTables
        self.overrideFieldMap = overrideFieldMap
        self.environmentVariables = environmentVariables
        self.state = state
        self.streamingJob = streamingJob
        self.ignoreParallelJobs = ignoreParallelJobs
        self.extraFields = extraFields
    }

    public var jsonBody: JSONValue {
        var body: JSONObject = [
            "connector_id": JSONValue(connector.rawValue), "job_type": JSONValue(jobType.rawValue),
        ]
        if let jobName { body["job_name"] = JSONValue(jobName) }
        if let overrideStartDate { body["override_start_date"] = JSONValue(overrideStartDate) }
        if let resetSourceState { body["reset_source_state"] = JSONValue(resetSourceState) }
        if let overrideSelectedTables { body["override_selected_tables"] = .object(overrideSelectedTables) }
        if let overrideFieldMap { body["override_field_map"] = overrideFieldMap }
        if let environmentVariables { body["environment_variables"] = .object(environmentVariables) }
        if let state { body["state"] = state }
        if let streamingJob { body["streaming_job"] = JSONValue(streamingJob) }
        if let ignoreParallelJobs { body["ignore_parallel_jobs"] = JSONValue(ignoreParallelJobs) }
        for (key, value) in extraFields where !body.contains(key) {
            body[key] = value
        }
        return .object(body)
    }
}
