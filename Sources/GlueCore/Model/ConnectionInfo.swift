/// Which Hotglue environment the dashboard is looking at, as the header shows it. Holds no secret.
public struct ConnectionInfo: Hashable, Sendable {
    public var profile: String
    public var host: String
    public var envID: String
    public var flowID: String
    public var readOnly: Bool
    public var production: Bool
    public var isDemo: Bool

    public init(profile: String, host: String, envID: String, flowID: String,
                readOnly: Bool = false, production: Bool = false, isDemo: Bool = false) {
        self.profile = profile
        self.host = host
        self.envID = envID
        self.flowID = flowID
        self.readOnly = readOnly
        self.production = production
        self.isDemo = isDemo
    }
}
