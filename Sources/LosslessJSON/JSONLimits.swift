/// Bounds that keep hostile input from exhausting the stack or memory.
public struct JSONLimits: Sendable, Hashable {
    public var maxDepth: Int
    public var maxBytes: Int

    public init(maxDepth: Int = 512, maxBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
    }

    public static let `default` = JSONLimits()
}
