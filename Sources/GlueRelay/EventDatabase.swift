import Logging
import PostgresNIO

/// The database side of the relay that is not a single event: creating the table, and `gluetop relay --check`.
public enum EventDatabase {
    static func prepare(_ connection: ReconnectingConnection) async throws {
        try await connection.run { connection in
            for statement in EventSchema.create {
                try await connection.query(statement, logger: PostgresEventStore.quiet)
            }
        }
    }

    /// Connects, creates the table if it is missing and answers how many events it holds and the newest id;
    /// throws what went wrong (the password is never in it).
    public static func check(_ address: DatabaseAddress) async throws -> (events: Int, newestID: Int64?) {
        let connection = ReconnectingConnection(address: address, logger: PostgresEventStore.quiet)
        do {
            try await prepare(connection)
            let answer = try await connection.run { connection in
                let rows = try await connection.query(
                    "SELECT count(*)::bigint, max(id) FROM events", logger: PostgresEventStore.quiet)
                var answer: (events: Int, newestID: Int64?) = (0, nil)
                for try await (count, newest) in rows.decode((Int64, Int64?).self) {
                    answer = (Int(count), newest)
                }
                return answer
            }
            await connection.close()
            return answer
        } catch {
            await connection.close()
            throw error
        }
    }
}
