import Foundation
import HotglueModels
import LosslessJSON
import Logging
import Synchronization

/// Sends an `Endpoint` through the in-flight limiter and the transport, retrying by the policy, and turns every
/// failure into an `APIError` scrubbed of the API key. Returns only 2xx answers.
final class RequestExecutor: Sendable {
    let configuration: HotglueConfiguration
    let transport: any Transport
    let limiter: InFlightLimiter
    let events: RetryEventBroadcaster
    let rate: RequestRate
    let waitingRetries: Atomic<Int>

    private var policy: RetryPolicy { configuration.retryPolicy }
    private var logger: Logger { configuration.logger }
    /// Named in answers' errors: the environment, which tells the operator which key is meant.
    private var environmentName: String { configuration.environment.rawValue }

    init(configuration: HotglueConfiguration, transport: any Transport) {
        self.configuration = configuration
        self.transport = transport
        limiter = InFlightLimiter(limit: configuration.maxInFlight)
        events = RetryEventBroadcaster(callback: configuration.onRetry)
        rate = RequestRate()
        waitingRetries = Atomic(0)
    }

    func send(_ endpoint: Endpoint) async throws(APIError) -> TransportResponse {
        do {
            return try await sendWithRetries(endpoint)
        } catch {
            throw error.redacting(configuration.apiKey.reveal())
        }
    }

    private func sendWithRetries(_ endpoint: Endpoint) async throws(APIError) -> TransportResponse {
        let request = makeRequest(endpoint)
        var attempt = 1
        var waited = Duration.zero
        var mayHaveArrived = false
        while true {
            let outcome = await tryOnce(request, endpoint: endpoint, attempt: attempt)
            var error: APIError
            let failure: RetryableFailure
            switch outcome {
            case .success(let response):
                return response
            case .failure(let failedError, let failedKind):
                error = failedError
                failure = failedKind
            }
            if failure == .interrupted { mayHaveArrived = true }
            error.requestMayHaveArrived = mayHaveArrived
            if error.category == .cancelled { throw error }
            let decision = policy.decision(
                method: endpoint.method, failure: failure, attempt: attempt, waited: waited,
                retryAfter: error.retryAfter)
            guard case .retry(let delay) = decision else { throw error }
            let event = RetryEvent(
                operation: endpoint.operation, method: endpoint.method, nextAttempt: attempt + 1,
                maxAttempts: policy.maxAttempts, delay: delay, delayAdvisedByServer: error.retryAfter != nil,
                error: error.redacting(configuration.apiKey.reveal()))
            logger.info("\(endpoint.operation): \(event.error.message); \(event.summary)")
            events.publish(event)
            waitingRetries.add(1, ordering: .relaxed)
            let slept: Bool
            do {
                try await Task.sleep(for: delay)
                slept = true
            } catch {
                slept = false
            }
            waitingRetries.subtract(1, ordering: .relaxed)
            // A cancelled task ends the call at once, however long the advised wait was.
            guard slept else { throw APIError.cancelled(origin: environmentName, operation: endpoint.operation) }
            waited += delay
            attempt += 1
        }
    }

    private enum Outcome {
        case success(TransportResponse)
        case failure(APIError, RetryableFailure)
    }

    /// One try: wait for a slot, send, and classify the answer.
    private func tryOnce(_ request: TransportRequest, endpoint: Endpoint, attempt: Int) async -> Outcome {
        let cancelled = APIError.cancelled(origin: environmentName, operation: endpoint.operation)
        if Task.isCancelled { return .failure(cancelled, .final) }
        do {
            try await limiter.acquire()
        } catch {
            return .failure(cancelled, .final)
        }
        defer { limiter.release() }
        rate.record()
        let started = ContinuousClock.now
        let logPath = SecretMasking.maskText(endpoint.path)
        do {
            let response = try await transport.send(request)
            logger.debug(
                "\(endpoint.method.rawValue) \(logPath) → \(response.status) in \(ContinuousClock.now - started) (try \(attempt))")
            if (200...299).contains(response.status) { return .success(response) }
            let retryAfter = response.header("Retry-After").flatMap {
                RetryAfter.parse($0, now: policy.currentDate())
            }
            let error = APIError(
                status: response.status, body: response.body, contentType: response.header("Content-Type"),
                retryAfter: retryAfter, origin: environmentName, operation: endpoint.operation)
            return .failure(error, .status(response.status))
        } catch let error as TransportError {
            logger.debug("\(endpoint.method.rawValue) \(logPath) failed: \(error.reason) (try \(attempt))")
            return classify(error, endpoint: endpoint)
        } catch {
            if error is CancellationError || Task.isCancelled { return .failure(cancelled, .final) }
            let apiError = APIError.transport(String(describing: error), origin: host, operation: endpoint.operation)
            return .failure(apiError, .interrupted)
        }
    }

    private func classify(_ error: TransportError, endpoint: Endpoint) -> Outcome {
        switch error.kind {
        case .notSent:
            return .failure(APIError.transport(error.reason, origin: host, operation: endpoint.operation), .notSent)
        case .interrupted:
            return .failure(
                APIError.transport(error.reason, origin: host, operation: endpoint.operation), .interrupted)
        case .bodyCutShort(let status, _):
            let apiError = APIError.decoding(
                error.reason, origin: environmentName, operation: endpoint.operation, status: status)
            return .failure(apiError, .interrupted)
        case .invalidRequest:
            return .failure(APIError.transport(error.reason, origin: host, operation: endpoint.operation), .final)
        }
    }

    private var host: String { configuration.host }

    private func makeRequest(_ endpoint: Endpoint) -> TransportRequest {
        var headers: [(name: String, value: String)] = [
            ("x-api-key", configuration.apiKey.reveal()),
            ("Accept", "application/json"),
            ("User-Agent", configuration.userAgent),
        ]
        var body: [UInt8]?
        if let json = endpoint.body {
            headers.append(("Content-Type", "application/json"))
            body = json.compactBytes()
        }
        return TransportRequest(
            method: endpoint.method, url: endpoint.url(base: configuration.normalizedBaseURL), headers: headers,
            body: body, timeout: configuration.requestTimeout)
    }

    var activity: ClientActivity {
        let counts = rate.snapshot()
        return ClientActivity(
            requestsLastMinute: counts.lastMinute, totalRequests: counts.total, inFlight: limiter.inUse,
            queued: limiter.waiting, retriesWaiting: waitingRetries.load(ordering: .relaxed))
    }
}
