import PostgresNIO

/// The `events` table and the statements on it. One row per accepted event: a monotonically increasing `id`, when
/// it was received, its kind and tenant, its body as received (jsonb), and its de-duplication key, unique, so that
/// several relays sharing the database store an event once.
enum EventSchema {
    /// The channel every insert notifies, with the new row's id as payload.
    static let channel = "gluetop_events"

    static let create: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS events (
            id bigserial PRIMARY KEY,
            received_at timestamptz NOT NULL DEFAULT now(),
            kind text NOT NULL,
            tenant text,
            event_key text NOT NULL,
            body jsonb NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX IF NOT EXISTS events_event_key ON events (event_key)",
        "CREATE INDEX IF NOT EXISTS events_received_at ON events (received_at)",
    ]

    /// Inserts (nothing when the key is already stored) and notifies in one statement; answers the new id, if any.
    static func insert(kind: String, tenant: String?, key: String, body: String) -> PostgresQuery {
        """
        WITH inserted AS (
            INSERT INTO events (kind, tenant, event_key, body) VALUES (\(kind), \(tenant), \(key), \(body)::jsonb)
            ON CONFLICT (event_key) DO NOTHING
            RETURNING id
        )
        SELECT id, pg_notify('gluetop_events', id::text) FROM inserted
        """
    }

    /// At most `limit` rows after `id`, oldest first.
    static func rows(after id: Int64, limit: Int) -> PostgresQuery {
        """
        SELECT id, received_at, kind, tenant, body::text FROM events WHERE id > \(id) ORDER BY id LIMIT \(limit)
        """
    }

    /// Removes rows received more than `seconds` ago; answers how many.
    static func deleteOlder(thanSeconds seconds: Int) -> PostgresQuery {
        "DELETE FROM events WHERE received_at < now() - make_interval(secs => \(seconds))"
    }
}
