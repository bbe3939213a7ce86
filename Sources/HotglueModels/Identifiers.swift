/// The string ids the API passes around, each its own type so a tenant id is never sent where a connector id
/// belongs. All are plain text on the wire; `description` is that text.
public protocol StringIdentifier: Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    var rawValue: String { get }
    init(_ rawValue: String)
}

extension StringIdentifier {
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A customer's tenant id (`acme`, subtenants like `acme_eu`; the admin tenant is `default`).
public struct TenantID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The environment's admin tenant.
    public static let admin = TenantID("default")
}

/// A connector's id (`salesforce`), the same in the catalogue of available connectors and once linked.
public struct ConnectorID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A flow id (`l8odS2mce`).
public struct FlowID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// An environment id, domain-like (`prod.hg.example.com`).
public struct EnvironmentID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A job's storage root (`acme/flows/l8odS2mce/jobs/2024/05/4/01/12/37g_DK`): the only handle that names one job
/// for sure, since job ids are short and not guaranteed unique.
public struct JobRoot: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The last path component, which is the job id in the documented layout.
    public var jobID: String {
        rawValue.split(separator: "/").last.map(String.init) ?? rawValue
    }
}
