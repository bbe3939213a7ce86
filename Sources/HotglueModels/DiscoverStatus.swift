import LosslessJSON

/// The answer of "poll discover". Only `RUNNING` and a null status are documented [spec]; `SUCCEEDED` and `FAILED`
/// (+ `message`) are the emulator's [guess]. Anything but `.running` means the discovery is over, and the caller
/// re-reads linkedConnectors with `catalog=true`.
public enum DiscoverStatus: Hashable, Sendable, CustomStringConvertible {
    case running
    case succeeded
    case failed(message: String?)
    /// No discovery is known for the connector (`"status": null`).
    case none
    case other(String)

    public init(json: JSONValue) {
        let statusValue: JSONValue? = json.objectValue != nil ? json["status"] : json
        guard let text = statusValue?.nonEmptyString else {
            self = .none
            return
        }
        let message = (json["message"] ?? json["error"])?.nonEmptyString
        switch text.uppercased() {
        case "RUNNING", "IN_PROGRESS", "STARTED", "PENDING": self = .running
        case "SUCCEEDED", "SUCCESS", "SUCCESSFUL", "COMPLETED", "DONE", "FINISHED": self = .succeeded
        case "FAILED", "FAILURE", "ERROR": self = .failed(message: message)
        default: self = .other(text)
        }
    }

    public var isRunning: Bool { self == .running }
    public var isFinished: Bool { !isRunning }

    public var description: String {
        switch self {
        case .running: return "RUNNING"
        case .succeeded: return "SUCCEEDED"
        case .failed(let message): return message.map { "FAILED: \($0)" } ?? "FAILED"
        case .none: return "none"
        case .other(let text): return text
        }
    }
}
