import LosslessJSON

extension LinkedConnector {
    /// This connector with its config (secrets) dropped, from `raw` too: what a list may keep after a link answer
    /// that echoed the config.
    public var withoutConfig: LinkedConnector {
        guard var object = raw.objectValue else { return self }
        _ = object.removeValue(forKey: "config")
        var copy = (try? LinkedConnector(json: .object(object))) ?? self
        copy.config = nil
        return copy
    }
}
