import Logging
import NIOCore
import PostgresNIO

/// One PostgreSQL connection, opened when first needed and again after it failed. An actor: statements run one
/// at a time, so rows inserted through it commit in the order of their ids.
actor ReconnectingConnection {
    private let address: DatabaseAddress
    private let logger: Logger
    private var connection: PostgresConnection?
    private var nextID = 1

    init(address: DatabaseAddress, logger: Logger) {
        self.address = address
        self.logger = logger
    }

    /// Runs `body` on the connection; when it fails the connection is dropped (the next call opens another) and
    /// the error is thrown.
    func run<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        let connection = try await current()
        do {
            return try await body(connection)
        } catch {
            self.connection = nil
            try? await connection.close()
            throw error
        }
    }

    func close() async {
        if let connection { try? await connection.close() }
        connection = nil
    }

    private func current() async throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        nextID += 1
        let opened = try await PostgresConnection.connect(
            configuration: try address.connectionConfiguration(), id: nextID, logger: logger)
        connection = opened
        return opened
    }
}
