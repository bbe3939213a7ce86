import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// The form overlay of link, update and run job, through its steps: loading what it needs, picking a connector
/// (link), the fields, a preview of what will be sent (link), and the question after a parallel-job refusal (run).
public struct ChangeForm: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case link(TenantID)
        case update(ConnectorRef)
        case runJob(ConnectorRef)
    }

    public enum Stage: Hashable, Sendable {
        /// Waiting for a read (the link choices, the config); says what.
        case loading(String)
        case picking
        case editing
        /// Link: what will be sent, secrets masked; Enter sends, Esc goes back to the fields.
        case previewing
        /// Run job refused because a job already runs (the API's words): `y` sends again with
        /// `ignore_parallel_jobs`, `n` goes back to the fields.
        case parallelRefused(String)
    }

    public var purpose: Purpose
    public var stage: Stage
    /// Link: the connectors to pick from.
    public var picker: ConnectorPicker?
    /// Link: the picked connector.
    public var connector: ConnectorSettings?
    /// Update: the config as loaded, to send only what changed.
    public var original: JSONObject?
    public var fields: [FormField] = []
    public var focus = 0
    /// What went wrong with the last attempt, shown on top.
    public var error: String?
    /// Run job: sent with `ignore_parallel_jobs` (`:run … --ignore-parallel`, or after a refusal).
    public var ignoreParallelJobs = false
    /// `:link hubspot`: pick this connector as soon as the choices arrive.
    public var pendingPick: ConnectorID?
    /// `:update --editor`: the config is edited in `$EDITOR` only; the form closes with the editor.
    public var editorOnly = false
    /// The text of the last `$EDITOR` attempt, kept to reopen the editor with it after a failure.
    public var editorText: String?
    /// The fields were filled from a draft saved then (shown above the fields, with ctrl+x to clear it).
    public var resumedAt: Date?
    /// Secret fields of a resumed draft that must be typed again: secrets are never written to disk.
    public var secretsToRetype: [String] = []

    public init(purpose: Purpose, stage: Stage) {
        self.purpose = purpose
        self.stage = stage
    }

    /// The dialog's title: what, for whom.
    public var title: String {
        switch purpose {
        case .link(let tenant):
            return connector.map { "Link \($0.displayName) to \(tenant)" } ?? "Link a connector to \(tenant)"
        case .update(let ref): return "Update config · \(ref)"
        case .runJob(let ref): return "Run a job · \(ref)"
        }
    }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    /// Link: whether the picked connector showed as linked to the tenant when it was picked (nil: no picker).
    public var pickedIsLinked: Bool? {
        guard let id = connector?.id else { return nil }
        return picker?.choices.first { $0.settings.id == id }?.isLinked
    }

    public func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

    public mutating func setField(_ key: String, _ change: (inout FormField) -> Void) {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
        change(&fields[index])
    }

    /// The first required field left empty, then the first value that does not read: its index and the words.
    public func firstProblem() -> (index: Int, message: String)? {
        if let index = fields.firstIndex(where: { $0.isRequired && $0.isEmpty }) {
            return (index, "\(fields[index].label) is required")
        }
        for (index, field) in fields.enumerated() {
            if let problem = field.problem { return (index, problem) }
        }
        return nil
    }
}

/// Link: the connectors of the flow and the environment, filterable by typing; the tenant's linked ones marked.
public struct ConnectorPicker: Hashable, Sendable {
    public struct Choice: Hashable, Sendable {
        public var settings: ConnectorSettings
        /// Configured on the flow (`supportedConnectors`); the others may be refused by the API.
        public var isSupported: Bool
        /// Already linked to the tenant: linking again replaces its config.
        public var isLinked: Bool
    }

    public var choices: [Choice]
    public var filter = TextInput()
    public var selected = 0

    public init(_ choices: LinkChoices, linked: Set<ConnectorID>) {
        var seen = Set<ConnectorID>()
        var all: [Choice] = []
        for (settings, supported) in choices.supported.map({ ($0, true) }) + choices.available.map({ ($0, false) })
            where seen.insert(settings.id).inserted {
            all.append(Choice(settings: settings, isSupported: supported, isLinked: linked.contains(settings.id)))
        }
        self.choices = all
    }

    /// The choices whose id, label or tags contain the filter (case-insensitively).
    public var visible: [Choice] {
        let needle = filter.text.lowercased()
        guard !needle.isEmpty else { return choices }
        return choices.filter { choice in
            ([choice.settings.id.rawValue, choice.settings.label ?? ""] + choice.settings.tags)
                .contains { $0.lowercased().contains(needle) }
        }
    }

    public var selectedChoice: Choice? {
        let rows = visible
        return rows.indices.contains(selected) ? rows[selected] : nil
    }
}
