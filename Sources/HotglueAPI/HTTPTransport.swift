import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix

/// `Transport` over AsyncHTTPClient: one `HTTPClient` (and its connection pool) per transport, shut down by
/// `shutdown()`. Failures are sorted by whether the request may have reached the server, which decides whether a
/// POST may be sent again.
public final class HTTPTransport: Transport {
    private let client: HTTPClient
    /// Answers larger than this are refused rather than held in memory.
    private let maxBodyBytes: Int

    public init(connectTimeout: Duration = .seconds(5), maxBodyBytes: Int = 64 << 20) {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: TimeAmount(connectTimeout))
        // Fail a refused connection at once with its real cause, instead of the pool retrying until the deadline:
        // retries are ours, and "refused" is what tells us a POST never left.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .enabled(limit: .ratio(50))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.maxBodyBytes = maxBodyBytes
    }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        var httpRequest = HTTPClientRequest(url: request.url)
        httpRequest.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for header in request.headers {
            httpRequest.headers.add(name: header.name, value: header.value)
        }
        if let body = request.body {
            httpRequest.body = .bytes(ByteBuffer(bytes: body))
        }
        let deadline = NIODeadline.now() + TimeAmount(request.timeout)
        let response: HTTPClientResponse
        do {
            response = try await client.execute(httpRequest, deadline: deadline)
        } catch {
            throw Self.classify(error, timeout: request.timeout)
        }
        let status = Int(response.status.code)
        let headers = response.headers.map { (name: $0.name, value: $0.value) }
        var body: [UInt8] = []
        do {
            for try await chunk in response.body {
                body.append(contentsOf: chunk.readableBytesView)
                if body.count > maxBodyBytes {
                    throw TransportError(.bodyCutShort(status: status, receivedBytes: body.count),
                        "the answer is larger than \(maxBodyBytes >> 20) MiB")
                }
            }
        } catch let error as TransportError {
            throw error
        } catch {
            if error is CancellationError || Task.isCancelled { throw CancellationError() }
            throw TransportError(.bodyCutShort(status: status, receivedBytes: body.count),
                "the answer was cut short after \(body.count) bytes (\(Self.describe(error, timeout: request.timeout)))")
        }
        return TransportResponse(status: status, headers: headers, body: body)
    }

    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Sorts a failure before the answer's head into "never sent" and "may have been sent".
    static func classify(_ error: any Error, timeout: Duration) -> any Error {
        if error is CancellationError || Task.isCancelled { return CancellationError() }
        let reason = describe(error, timeout: timeout)
        if error is NIOConnectionError { return TransportError(.notSent, reason) }
        if let ioError = error as? IOError, Self.notSentErrnos.contains(ioError.errnoCode) {
            return TransportError(.notSent, reason)
        }
        if let channelError = error as? ChannelError, case .connectTimeout = channelError {
            return TransportError(.notSent, reason)
        }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .connectTimeout, .getConnectionFromPoolTimeout, .alreadyShutdown:
                return TransportError(.notSent, reason)
            case .invalidURL, .emptyHost, .emptyScheme:
                return TransportError(.invalidRequest, reason)
            case .cancelled:
                return CancellationError()
            default:
                return TransportError(.interrupted, reason)
            }
        }
        return TransportError(.interrupted, reason)
    }

    /// ECONNREFUSED, ENETUNREACH, EHOSTUNREACH on Linux and Darwin.
    private static let notSentErrnos: Set<Int32> = [111, 61, 101, 51, 113, 65]

    static func describe(_ error: any Error, timeout: Duration) -> String {
        if error is NIOConnectionError { return "connection refused" }
        if let ioError = error as? IOError, [111, 61].contains(ioError.errnoCode) { return "connection refused" }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout: return "no answer within \(TimeAmount(timeout).secondsText)"
            case .connectTimeout: return "connect timed out"
            case .remoteConnectionClosed: return "the server closed the connection"
            case .alreadyShutdown: return "the client was shut down"
            default: return String(describing: clientError)
            }
        }
        return String(describing: error)
    }
}

extension TimeAmount {
    var secondsText: String {
        let milliseconds = nanoseconds / 1_000_000
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
    }
}
