/// The request that carries each action, as the emulator's fault rules name it (a path ending and a method), and
/// how the emulator's request log tells a job start that reached the API.
extension MatrixAction {
    /// The end of the request's path (`$` in a `--faults` route) and its method.
    public var write: (pathEnd: String, method: String) {
        switch self {
        case .link: return ("linkedConnectors", "POST")
        case .update: return ("linkedConnectors", "PATCH")
        case .unlink: return ("linkedConnectors", "DELETE")
        case .discover: return ("linkedConnectors/discover", "GET")
        case .stateEdit, .undo: return ("linkedConnectors/state", "PUT")
        case .reset: return ("linkedConnectors/state", "DELETE")
        case .runJob: return ("jobs", "POST")
        }
    }

    /// `FAULT@PATH$:method=M`, a `--faults` rule aimed at this action's request only.
    public func faultRule(_ fault: String) -> String {
        "\(fault)@\(write.pathEnd)$:method=\(write.method)"
    }
}

extension FaultMatrix {
    /// Whether a logged request reached the API's handler: not when a fault answered in its place (a status,
    /// an HTML page, a drop before handling); yes when it passed through (latency, dropafter, truncate) or
    /// there was none.
    public static func reachedTheAPI(fault: String?) -> Bool {
        guard let fault else { return true }
        return fault.split(separator: "+").allSatisfy { ["latency", "dropafter", "truncate"].contains($0) }
    }

    /// Whether a logged request is a job start: POST to `…/jobs`.
    public static func isJobStart(method: String, path: String) -> Bool {
        method == "POST" && path.hasSuffix("/jobs")
    }
}
