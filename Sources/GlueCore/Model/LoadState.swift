import struct Foundation.Date
import HotglueModels

/// What is known about one piece of remote data: never loaded, loading for the first time, fresh, or stale after
/// an error (the last good data stays on screen, marked stale).
public struct LoadState: Hashable, Sendable {
    public var lastSuccess: Date?
    public var lastError: APIError?
    public var errorSince: Date?
    public var isLoading: Bool = true

    public init() {}

    public var isStale: Bool { lastError != nil && lastSuccess != nil }
    public var hasData: Bool { lastSuccess != nil }

    public mutating func succeeded(at time: Date) {
        lastSuccess = time
        lastError = nil
        errorSince = nil
        isLoading = false
    }

    public mutating func failed(_ error: APIError, at time: Date) {
        if lastError == nil { errorSince = time }
        lastError = error
        isLoading = false
    }
}
