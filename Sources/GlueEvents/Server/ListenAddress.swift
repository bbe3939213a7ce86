/// Where a webhook server listens: `127.0.0.1:9090`, `[::1]:9090`, `0.0.0.0:9090`, or a bare port (`9090`, `:9090`)
/// on 127.0.0.1. Port 0 picks a free port.
public struct ListenAddress: Hashable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public static let defaultHost = "127.0.0.1"

    public init(host: String = ListenAddress.defaultHost, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses the config's and command line's form; the error says what is accepted.
    public init(parsing text: String) throws(ListenAddressError) {
        let trimmed = text.trimmingASCIISpaces
        var host = Self.defaultHost
        var portText = Substring(trimmed)
        if trimmed.hasPrefix("[") {
            guard let close = trimmed.firstIndex(of: "]"), trimmed[trimmed.index(after: close)...].hasPrefix(":") else {
                throw ListenAddressError(text: trimmed)
            }
            host = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
            portText = trimmed[trimmed.index(close, offsetBy: 2)...]
        } else if let colon = trimmed.lastIndex(of: ":") {
            let hostPart = trimmed[..<colon]
            guard !hostPart.contains(":") else { throw ListenAddressError(text: trimmed) }
            if !hostPart.isEmpty { host = String(hostPart) }
            portText = trimmed[trimmed.index(after: colon)...]
        }
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "/" }),
              let port = Int(portText), (0...65535).contains(port)
        else {
            throw ListenAddressError(text: trimmed)
        }
        self.host = host
        self.port = port
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

public struct ListenAddressError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public var description: String {
        "'\(text)' is not a listen address: use HOST:PORT (127.0.0.1:9090, [::1]:9090) or a port"
    }
}
