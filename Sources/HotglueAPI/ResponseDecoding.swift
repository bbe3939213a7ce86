import HotglueModels
import Logging
import LosslessJSON

/// Turns 2xx answers into JSON and models, with decoding failures as `APIError`s that say what could not be read
/// (never the body itself: it may hold secrets).
struct ResponseDecoder: Sendable {
    let origin: String
    let logger: Logger

    /// The body as JSON; an empty body is `null`.
    func json(_ response: TransportResponse, _ endpoint: Endpoint) throws(APIError) -> JSONValue {
        do {
            return try AnswerBody.json(response.body)
        } catch {
            throw APIError.decoding(
                "not JSON (\(error.description))", origin: origin, operation: endpoint.operation,
                status: response.status)
        }
    }

    /// A list answer, element by element. Elements missing an essential field are skipped (and counted in the
    /// log) rather than failing the whole list; an answer that is not a list at all is an error.
    func list<Model>(
        _ response: TransportResponse, _ endpoint: Endpoint,
        _ make: (JSONValue) throws(ModelDecodingError) -> Model
    ) throws(APIError) -> [Model] {
        let value = try json(response, endpoint)
        guard let reading = ListAnswer.read(value, make) else {
            throw APIError.decoding(
                "expected a list, found \(value.kindName)", origin: origin, operation: endpoint.operation,
                status: response.status)
        }
        if let firstProblem = reading.firstProblem {
            let total = reading.models.count + reading.skipped
            logger.warning(
                "\(endpoint.operation): skipped \(reading.skipped) of \(total) entries (\(firstProblem))")
        }
        return reading.models
    }

    /// One object answer as a model.
    func model<Model>(
        _ response: TransportResponse, _ endpoint: Endpoint,
        _ make: (JSONValue) throws(ModelDecodingError) -> Model
    ) throws(APIError) -> Model {
        let value = try json(response, endpoint)
        do {
            return try make(value)
        } catch {
            throw APIError.decoding(
                error.description, origin: origin, operation: endpoint.operation, status: response.status)
        }
    }
}
