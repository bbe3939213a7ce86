import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare TCP exchange, to see exactly what went over the wire (declared lengths, early closes) where an HTTP
/// client would only report an error.
enum RawHTTP {
    struct Exchange {
        let bytes: [UInt8]
        /// The server closed the connection (read returned 0 or reset) before the read timeout.
        let closedByServer: Bool

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Header block and body split at the first blank line.
        var head: String { text.components(separatedBy: "\r\n\r\n").first ?? "" }
        var bodyBytes: Int {
            guard let range = text.range(of: "\r\n\r\n") else { return 0 }
            return text[range.upperBound...].utf8.count
        }

        func header(_ name: String) -> String? {
            for line in head.components(separatedBy: "\r\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
            return nil
        }
    }

    /// Sends `request` to 127.0.0.1:port and reads until the server closes or 5 s pass. The blocking socket calls
    /// run on a thread of their own: on the concurrency pool (two threads on a two-core machine) they could starve
    /// the very server they wait for.
    static func exchange(port: Int, request: String) async throws -> Exchange {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try blockingExchange(port: port, request: request) })
            }
            thread.start()
        }
    }

    struct SocketError: Error { let step: String }

    private static func blockingExchange(port: Int, request: String) throws -> Exchange {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError(step: "socket") }
        defer { close(fd) }
        // A hang guard, not a bound: a server that closes ends the read at once. 5 s was too short on a loaded
        // machine (the drop came after 14 s with load 9), and a test must not depend on how busy the machine is.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw SocketError(step: "connect") }
        let bytes = Array(request.utf8)
        guard send(fd, bytes, bytes.count, 0) == bytes.count else { throw SocketError(step: "send") }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                return Exchange(bytes: received, closedByServer: true)
            } else {
                let timedOut = errno == EAGAIN || errno == EWOULDBLOCK
                return Exchange(bytes: received, closedByServer: !timedOut)
            }
        }
    }

    static func getRequest(_ path: String, apiKey: String) -> String {
        "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: \(apiKey)\r\nConnection: keep-alive\r\n\r\n"
    }
}
