/// `job_type`: a job reads from the source (`read`) or writes to the target (`write`).
public enum JobType: Hashable, Sendable, CustomStringConvertible {
    case read, write
    case other(String)

    public init(rawValue: String) {
        switch rawValue.lowercased() {
        case "read": self = .read
        case "write": self = .write
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .read: return "read"
        case .write: return "write"
        case .other(let text): return text
        }
    }

    public var description: String { rawValue }
}

/// `sync_type` of a job.
public enum SyncType: Hashable, Sendable, CustomStringConvertible {
    case autoSync, fullSync, incrementalSync
    case other(String)

    public init(rawValue: String) {
        switch rawValue.lowercased() {
        case "auto_sync": self = .autoSync
        case "full_sync": self = .fullSync
        case "incremental_sync": self = .incrementalSync
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .autoSync: return "auto_sync"
        case .fullSync: return "full_sync"
        case .incrementalSync: return "incremental_sync"
        case .other(let text): return text
        }
    }

    public var description: String { rawValue }
}
