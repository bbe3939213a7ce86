import HotglueModels

// Descriptions that name what is done and which config keys, never a value: a request or a form printed into a
// log or a failed test's output must not carry the secrets typed into it.

extension ConnectorRequest: CustomStringConvertible {
    public var description: String {
        switch self {
        case .loadLinkChoices(let tenant): return "load link choices for \(tenant)"
        case .loadConfig(let ref, let use): return "load the config of \(ref) for the \(use == .form ? "form" : "editor")"
        case .link(let tenant, let request, _):
            return "link \(request.connector) to \(tenant) (config keys: \(request.config.keys.joined(separator: ", ")))"
        case .update(let ref, let request, _):
            return "update \(ref) (config keys: \((request.config?.keys ?? []).joined(separator: ", ")))"
        case .unlink(let ref): return "unlink \(ref)"
        case .runJob(let ref, let request, _): return "run a \(request.jobType) job of \(ref)"
        }
    }
}

extension FormField: CustomStringConvertible {
    public var description: String {
        switch value {
        case .secret(let input, let revealed, _):
            return "\(key): \(input.text.isEmpty ? "" : SecretMasking.mask)\(revealed ? " (revealed)" : "")"
        default:
            return "\(key): \(jsonValue()?.compact() ?? "")"
        }
    }
}

extension ChangeForm: CustomStringConvertible {
    public var description: String {
        "ChangeForm(\(title), \(stage), fields: [\(fields.map(\.description).joined(separator: "; "))])"
    }
}
